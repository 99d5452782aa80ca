package aws

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage16decRules are the rules of the lead's decisions on
// CloudFormation gaps (session 16).
func coverage16decRules() []*engine.Rule {
	return []*engine.Rule{{ID: "AWS-319", Check: checkParameterEchoed}, credentialFromPlainSSM()}
}

// credentialFromPlainSSM is AWS-326: a credential property (AWS-250's
// credentialProps) that CloudFormation fills from a plain SSM parameter,
// {{resolve:ssm:name}}: a String parameter, stored unencrypted, which
// anyone allowed ssm:GetParameter reads without a KMS permission, and
// which the template and the stack show resolved nowhere but the service.
// ssm-secure and secretsmanager references are not reported.
func credentialFromPlainSSM() *engine.Rule {
	var checks []setting.Check
	for _, c := range credentialProps {
		var types []string
		for _, t := range c.types {
			if !strings.HasPrefix(t, "aws_") {
				types = append(types, t)
			}
		}
		if len(types) == 0 {
			continue
		}
		checks = append(checks, setting.Check{
			Types:   types,
			Judge:   plainSSMReference(c.blocks, c.props),
			Problem: "a credential is read from a plain SSM String parameter, stored unencrypted, instead of a SecureString (ssm-secure) or Secrets Manager",
		})
	}
	return setting.Rule(engine.Rule{ID: "AWS-326"}, checks...)
}

// plainSSMReference judges the properties, in the resource's body or in
// each of its blocks: a value holding {{resolve:ssm:...}}.
func plainSSMReference(blocks parser.Attr, props []parser.Attr) setting.Judge {
	return eachProperty(blocks, props, func(_ *parser.Resource, name string, v *parser.Value) string {
		if ref := ssmReference(v); ref != "" {
			return name + " is " + ref
		}
		return ""
	})
}

// ssmReference returns the first {{resolve:ssm:...}} dynamic reference in
// v's known text (a partly known Fn::Sub's known pieces too), "" when
// there is none.
func ssmReference(v *parser.Value) string {
	var texts []string
	switch {
	case v == nil:
	case v.Kind == parser.String:
		texts = []string{v.Str}
	case v.Kind == parser.Unknown:
		texts = v.Parts()
	}
	for _, t := range texts {
		i := strings.Index(t, "{{resolve:ssm:")
		if i < 0 {
			continue
		}
		ref := t[i:]
		if j := strings.Index(ref, "}}"); j >= 0 {
			ref = ref[:j+2]
		} else {
			ref += "...}}"
		}
		return ref
	}
	return ""
}

// echoedParameter is a template parameter AWS-319 judges: the first
// resource that uses it, and the credential property it flows into, if
// any.
type echoedParameter struct {
	name string
	decl *parser.Value
	res  *parser.Resource
	// into names the credential property the parameter flows into
	// ("MasterUserPassword of Database"), "" when only its name says it
	// is a credential.
	into string
}

// checkParameterEchoed is AWS-319: a stack parameter that carries a
// credential, because it flows into a property that AWS-250 knows holds
// one or because its name says so, is shown in plain text by
// DescribeStacks, the console and the stack events unless it is NoEcho.
// The finding is at the parameter, on the first resource that uses it;
// a parameter no resource uses is not judged.
func checkParameterEchoed(p *engine.Pass) {
	var order []*echoedParameter
	byDecl := map[*parser.Value]*echoedParameter{}
	for _, res := range p.All() {
		if res.Format != parser.CloudFormation || res.Parameters == nil || res.Parameters.Kind != parser.Object {
			continue
		}
		into := credentialParameters(res)
		used := map[string]bool{}
		parameterRefs(res.Written, used)
		parameterRefs(res.Metadata, used)
		names := make([]string, 0, len(used))
		for name := range used {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			decl := res.Parameters.Get(name)
			if decl == nil || decl.Kind != parser.Object {
				continue // a resource or pseudo parameter
			}
			e := byDecl[decl]
			if e == nil {
				e = &echoedParameter{name: name, decl: decl, res: res}
				byDecl[decl] = e
				order = append(order, e)
			}
			if e.into == "" && into[name] != "" {
				e.into, e.res = into[name], res
			}
		}
	}
	for _, e := range order {
		if !secretParameterType(e.decl) || noEcho(e.decl) {
			continue
		}
		switch {
		case e.into != "":
			p.Report(e.res, e.decl, "parameter %s is %s and is not NoEcho: DescribeStacks, the console and the stack events show its value in plain text", e.name, e.into)
		case credentialName(e.name):
			p.Report(e.res, e.decl, "parameter %s (used by %s) is named as a credential and is not NoEcho: DescribeStacks, the console and the stack events show its value in plain text", e.name, e.res.Address)
		}
	}
}

// credentialParameters maps the name of each parameter that is the whole
// value of one of res's credential properties (AWS-250's credentialProps,
// and the password of a cfn-init authentication) to the property.
func credentialParameters(res *parser.Resource) map[string]string {
	out := map[string]string{}
	add := func(v *parser.Value, what string) {
		names := map[string]bool{}
		wholeRefs(v, names)
		for name := range names {
			if out[name] == "" {
				out[name] = what + " of " + res.Address
			}
		}
	}
	for _, c := range credentialProps {
		if !slices.Contains(c.types, res.Type) {
			continue
		}
		bodies := []*parser.Value{res.Written}
		if c.blocks.Exists(res) {
			bodies = nil
			if l := parser.Lookup(res.Written, c.blocks.Path(res)); l != nil && l.Kind == parser.List {
				bodies = l.Elems
			}
		}
		for _, body := range bodies {
			for _, a := range c.props {
				if a.Exists(res) {
					add(parser.Lookup(body, a.Path(res)), a.Name(res))
				}
			}
		}
	}
	if auth := res.Metadata.Get("AWS::CloudFormation::Authentication"); auth != nil && auth.Kind == parser.Object {
		for name, block := range auth.Attrs {
			if block == nil || block.Kind != parser.Object {
				continue
			}
			for key, v := range block.Attrs {
				if strings.EqualFold(key, "password") {
					add(v, "the password of cfn-init authentication "+name)
				}
			}
		}
	}
	return out
}

// wholeRefs adds to names the parameters whose value is v's whole value,
// as written: a Ref, a Fn::Sub of "${Name}" alone, either branch of a
// Fn::If. A parameter that is only a piece of the value (the user name in
// a secret's JSON, the stack name in a dynamic reference) is not the
// credential.
func wholeRefs(v *parser.Value, names map[string]bool) {
	if v == nil || v.Kind != parser.Object || len(v.Attrs) != 1 {
		return
	}
	if ref := v.Get("Ref"); ref != nil && ref.Kind == parser.String {
		names[ref.Str] = true
	}
	if sub := v.Get("Fn::Sub"); sub != nil && sub.Kind == parser.String {
		if n := subNames(sub.Str); len(n) == 1 && strings.TrimSpace(sub.Str) == "${"+n[0]+"}" {
			names[n[0]] = true
		}
	}
	if fi := v.Get("Fn::If"); fi != nil && fi.Kind == parser.List && len(fi.Elems) == 3 {
		wholeRefs(fi.Elems[1], names)
		wholeRefs(fi.Elems[2], names)
	}
}

// parameterRefs adds to names what v, as written, refers to by name: the
// argument of each Ref, and the ${Name} of each Fn::Sub that its own
// variable map does not define (not ${!Literal}, nor ${Res.Attr}).
func parameterRefs(v *parser.Value, names map[string]bool) {
	if v == nil {
		return
	}
	switch v.Kind {
	case parser.List:
		for _, e := range v.Elems {
			parameterRefs(e, names)
		}
	case parser.Object:
		if len(v.Attrs) == 1 {
			if ref := v.Get("Ref"); ref != nil && ref.Kind == parser.String {
				names[ref.Str] = true
				return
			}
			if sub := v.Get("Fn::Sub"); sub != nil {
				text, vars := sub, (*parser.Value)(nil)
				if sub.Kind == parser.List && len(sub.Elems) > 0 {
					text = sub.Elems[0]
					if len(sub.Elems) > 1 {
						vars = sub.Elems[1]
						parameterRefs(vars, names)
					}
				}
				if text.Kind == parser.String {
					for _, n := range subNames(text.Str) {
						if vars.Get(n) == nil {
							names[n] = true
						}
					}
				}
				return
			}
		}
		for _, e := range v.Attrs {
			parameterRefs(e, names)
		}
	}
}

// subNames returns the names a Fn::Sub text substitutes that may be
// parameters: ${Name}, not ${!Name} (a literal) nor ${Name.Attr} (a
// resource attribute).
func subNames(s string) []string {
	var out []string
	for _, n := range cloudformation.SubNames(s) {
		if n != "" && !strings.Contains(n, ".") {
			out = append(out, n)
		}
	}
	return out
}

// secretParameterType reports a parameter of type String: SSM parameter
// types (AWS::SSM::Parameter::Value<...>) are read from Parameter Store
// and show the parameter's name, and numbers and lists are no
// credentials. A default that is a dynamic reference shows the reference.
func secretParameterType(decl *parser.Value) bool {
	typ, ok := decl.Get("Type").AsString()
	if !ok || typ != "String" {
		return false
	}
	if d, ok := decl.Get("Default").AsString(); ok && strings.Contains(d, "{{resolve:") {
		return false
	}
	// A choice among listed values is a setting, not a secret.
	return decl.Get("AllowedValues") == nil
}

// noEcho reports NoEcho true (a boolean or the string "true").
func noEcho(decl *parser.Value) bool {
	v := decl.Get("NoEcho")
	if v == nil {
		return false
	}
	if v.Kind == parser.Bool {
		return v.Bool
	}
	s, ok := v.AsString()
	return ok && strings.EqualFold(strings.TrimSpace(s), "true")
}

// credentialWords end the names of parameters that hold a credential:
// DBPassword, MasterUserPwd, GitHubToken, ClientSecret. A name that
// ends in another word says what the credential's parameter is about
// (PasswordLength, SecretArn, TokenTTL, SecretName), and key pair names
// (KeyName) are no credential.
var credentialWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "passphrase": true, "secret": true, "token": true,
}

// credentialKeyWords are the words before a final "Key" that make it a
// secret: SecretKey, ApiKey, PrivateKey (not AccessKey: the key's id).
var credentialKeyWords = map[string]bool{"secret": true, "api": true, "private": true}

// credentialName reports a parameter name that says it holds a
// credential: its last word is one of credentialWords, or "Key" after one
// of credentialKeyWords.
func credentialName(name string) bool {
	words := nameWords(name)
	n := len(words)
	switch {
	case n == 0:
		return false
	case credentialWords[words[n-1]]:
		return true
	case words[n-1] == "key" && n > 1 && credentialKeyWords[words[n-2]]:
		return true
	}
	return false
}

// nameWords splits a parameter name into lower-case words at case
// changes, digits and punctuation: "DBMasterPassword" is db, master,
// password; "db_password2" is db, password.
func nameWords(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		// aB starts a word, and so does the B of ABc (DBPassword).
		if unicode.IsUpper(r) && (unicode.IsLower(prev) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(prev)) {
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return words
}
