// Package secrettext finds credentials written into free text that a
// resource hands to a machine at boot: cloud-init custom data, user data
// and startup scripts. It knows the shapes of a few secrets (private keys,
// storage connection strings, cloud access keys) and assignments of a
// literal to a variable whose name says it holds a secret.
package secrettext

import (
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// AWSKeyID matches an AWS access key id: long-lived (AKIA) or temporary
// (ASIA).
var AWSKeyID = regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`)

var (
	privateKey = regexp.MustCompile(`-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----`)
	// An Azure Storage or Service Bus connection string carries its key.
	accountKey = regexp.MustCompile(`(?i)\b(AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,}={0,2}`)
	// An Azure shared access signature (a connection string's
	// SharedAccessSignature=, a SAS URL or token): its signed version
	// (sv=YYYY-MM-DD) and the signature (sig=, base64, URL-encoded) grant
	// what the token allows until it expires (tscan26).
	sasToken = regexp.MustCompile(`\bsv=\d{4}-\d{2}-\d{2}&[^\s"']*\bsig=[A-Za-z0-9%+/]{20,}`)
	// A Google Cloud API key: AIza and 35 more characters.
	googleAPIKey = regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}\b`)
	// NAME=value, NAME: value, NAME = "value" where NAME says it is a
	// secret; the value must be a literal of 8 or more characters, not a
	// reference ($VAR, ${...}, {{...}}, %VAR%) a script resolves at run
	// time. A quote may be escaped (\"value\" in a heredoc or a JSON
	// string).
	assignment = regexp.MustCompile(`(?i)\b([A-Z0-9_.-]*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|CLIENT_?SECRET)[A-Z0-9_]*)\\?["']?\s*[:=]\s*\\?["']?([^\s"'$%{}<>]{8,})`)
	// A password set by a boot script from a literal: echo "user:pass" |
	// chpasswd, echo "pass" | passwd --stdin user (goat25). The password
	// must be a literal of 8 or more characters, not $VAR or ${...}.
	chpasswd = regexp.MustCompile(`(?i)\becho\s+(?:-[a-z]+\s+)?\\?["']?(?:[a-z_][a-z0-9_.-]*:)?([^\s"'$%{}<>:|\\]{8,})\\?["']?\s*\|\s*(?:sudo\s+)?(chpasswd|passwd\s+--stdin)\b`)
	// A cloud-config key that sets a user's password in clear text: the
	// default user's password, and plain_text_passwd of a users entry
	// (tscan26). passwd takes a hash, and RANDOM asks cloud-init to
	// generate one; neither is reported, nor is a value of fewer than 4
	// characters or a reference ($VAR, ${...}).
	cloudConfigPassword = regexp.MustCompile(`(?m)^[ \t]*(?:-[ \t]+)?(?:password|plain_text_passwd)[ \t]*:[ \t]*["']?([^\s"'$%{}<>]{4,})["']?[ \t]*$`)
	// A name that says it holds where the secret is, not the secret.
	reference = regexp.MustCompile(`(?i)[_.-](ID|NAME|URI|URL|ARN|PATH|FILE|REF|VERSION)$`)
)

// Find returns what kind of secret text holds ("a private key", "a
// password assignment"...) and whether it holds one. Text that is base64
// (as custom data usually is) is decoded first.
func Find(text string) (string, bool) {
	if dec, ok := decode(text); ok {
		if kind, ok := find(dec); ok {
			return kind, true
		}
	}
	return find(text)
}

func find(text string) (string, bool) {
	switch {
	case privateKey.MatchString(text):
		return "a private key", true
	case accountKey.MatchString(text):
		return "a connection string with its account key", true
	case sasToken.MatchString(text):
		return "an Azure shared access signature", true
	case AWSKeyID.MatchString(text):
		return "an AWS access key", true
	case googleAPIKey.MatchString(text):
		return "a Google API key", true
	}
	if urlPassword(text) {
		return "a URL with a password in its user information", true
	}
	for _, m := range chpasswd.FindAllStringSubmatch(text, -1) {
		if !placeholder(m[1]) {
			return "a literal password set with " + strings.Fields(m[2])[0], true
		}
	}
	if strings.HasPrefix(strings.TrimSpace(text), "#cloud-config") {
		for _, m := range cloudConfigPassword.FindAllStringSubmatch(text, -1) {
			if !strings.EqualFold(m[1], "RANDOM") && !placeholder(m[1]) {
				return "a literal password in cloud-config", true
			}
		}
	}
	for _, ix := range assignment.FindAllStringSubmatchIndex(text, -1) {
		name, word, value := text[ix[2]:ix[3]], text[ix[4]:ix[5]], text[ix[6]:ix[7]]
		// A command-line flag (--secret=NAME) names a secret more often
		// than it holds one.
		flag := ix[0] > 0 && text[ix[0]-1] == '-'
		if !flag && !reference.MatchString(name) && !placeholder(value) {
			return "a literal " + strings.ToLower(word) + " assignment", true
		}
	}
	return "", false
}

// Assignment returns what kind of secret an environment variable holds:
// a value of a known shape (a private key, an API key), or a literal of 8
// or more characters under a name that says it is a password, secret,
// token or API key (the name of the variable, not a reference to where
// the secret is kept such as DB_PASSWORD_SECRET_NAME).
func Assignment(name, value string) (string, bool) {
	if kind, ok := Find(value); ok {
		return kind, true
	}
	if envSetting.MatchString(name) || number.MatchString(strings.TrimSpace(value)) {
		return "", false
	}
	return find(name + "=" + value)
}

var (
	// envSetting is a variable name about a secret or where it is kept
	// rather than holding one (TOKEN_TTL, PASSWORD_MIN_LENGTH,
	// API_KEY_HEADER, SECRET_PROJECT).
	envSetting = regexp.MustCompile(`(?i)[_.-](PARAM|PARAMETER|TTL|LENGTH|EXPIRY|HEADER|ENABLED|TYPE|TIMEOUT|SECONDS|DAYS|PROJECT|BUCKET|AUDIENCE|ISSUER|ENDPOINT|HOST|REGION|LOCATION|KEYRING|USER|USERNAME|SCOPES?|PREFIX|MANAGER)$`)
	number     = regexp.MustCompile(`^[0-9.]+$`)
)

// placeholder reports values that only look like secrets: references
// left for a tool and words that say the value comes from elsewhere.
func placeholder(v string) bool {
	l := strings.ToLower(v)
	for _, p := range []string{"changeme", "placeholder", "example", "xxxxxxxx", "redacted", "secretref", "keyvault", "/run/secrets", "_file"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return strings.HasPrefix(l, "@microsoft.keyvault") || strings.HasPrefix(l, "/") || strings.Contains(l, "://") ||
		strings.HasPrefix(l, "projects/")
}

// decode returns text decoded from base64 when all of it is base64. The
// text may be wrapped in lines (base64 -w 76, as custom data is often
// pasted into a heredoc); other white space is not base64.
func decode(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if strings.ContainsAny(t, " \t") {
		return "", false
	}
	t = strings.NewReplacer("\r\n", "", "\n", "").Replace(t)
	if len(t) < 16 {
		return "", false
	}
	b, err := base64.StdEncoding.DecodeString(t)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// InValue looks for a secret in every known string of v (the elements of
// a list, the values of a map, the known parts of a partly known
// template): the kind of secret and the string that holds it.
func InValue(v *parser.Value) (string, *parser.Value, bool) {
	return inValue(v, 0)
}

func inValue(v *parser.Value, depth int) (string, *parser.Value, bool) {
	if v == nil || depth > 16 {
		return "", nil, false
	}
	switch v.Kind {
	case parser.String:
		if kind, ok := Find(v.Str); ok {
			return kind, v, true
		}
	case parser.List:
		for _, e := range v.Elems {
			if kind, at, ok := inValue(e, depth+1); ok {
				return kind, at, true
			}
		}
	case parser.Object:
		for _, k := range v.Keys() {
			if kind, at, ok := inValue(v.Attrs[k], depth+1); ok {
				return kind, at, true
			}
		}
	case parser.Unknown:
		// A URL whose password is interpolated (postgresql://${user}:${pw}@host)
		// puts the password in the text when the resource is deployed.
		if parts := v.KnownParts(); len(parts) > 1 && urlPassword(strings.Join(parts, unknownPiece)) {
			return "a URL with a password in its user information", v, true
		}
		for _, part := range v.KnownParts() {
			if kind, ok := find(part); ok {
				return kind, v, true
			}
		}
	}
	return "", nil, false
}

// In judges a resource whose Terraform settings at paths must hold no
// secret: Yes at the first
// string that holds one. Values not known statically are not judged: a
// script built elsewhere is not a setting with a secure or insecure value.
func In(paths ...string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, path := range paths {
			if kind, at, ok := InValue(parser.A(path, "").Of(res)); ok {
				return parser.Bad(at, path+" holds "+kind)
			}
		}
		return parser.Decided
	}
}

// InEnvMap judges maps of environment variables (NAME = "value") at attrs:
// Bad at the first variable whose name and literal value found says hold
// a secret (Assignment, or a provider's own reading). Maps and values not
// known statically are not judged, as In does not.
func InEnvMap(found func(name, value string) (string, bool), attrs ...parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, a := range attrs {
			m := a.Of(res)
			if m == nil || m.Kind != parser.Object {
				continue
			}
			for _, k := range m.Keys() {
				if v := m.Attrs[k]; v.Kind == parser.String {
					if kind, ok := found(k, v.Str); ok {
						return parser.Bad(v, a.Name(res)+"."+k+" holds "+kind)
					}
				}
			}
		}
		return parser.Decided
	}
}

// Rule is the rule id (its metadata in the provider's YAML files): a
// resource of types whose settings at paths hold a secret is a finding
// that says problem.
func Rule(id, problem string, types []string, paths ...string) *engine.Rule {
	return setting.Rule(engine.Rule{ID: id}, setting.Check{Types: types, Judge: In(paths...), Problem: problem})
}

// unknownPiece stands for a piece of a partly known text that is not known
// statically (an interpolated variable).
const unknownPiece = "\x00"

// urlPassword reports whether text holds a URL whose user information
// carries a password (scheme://user:password@host), goat25: a database
// connection URL in a boot script, a repository URL with a token. The
// password is either an unknown piece (interpolated when the resource is
// deployed, so the deployed text holds it) or a literal of 8 or more
// characters that is not a reference a script resolves at run time ($VAR,
// %VAR%, {{...}}) nor a placeholder.
func urlPassword(text string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "://")
		if i < 0 {
			return false
		}
		rest = rest[i+3:]
		authority := rest
		if j := strings.IndexAny(authority, "/?# \t\r\n\"'`<>|;,()[]\\"); j >= 0 {
			authority = authority[:j]
		}
		at := strings.LastIndex(authority, "@")
		if at < 0 {
			continue
		}
		_, password, ok := strings.Cut(authority[:at], ":")
		if !ok || password == "" {
			continue
		}
		if strings.Contains(password, unknownPiece) {
			return true
		}
		if len(password) >= 8 && !strings.ContainsAny(password, "$%{}") && !placeholder(password) {
			return true
		}
	}
}
