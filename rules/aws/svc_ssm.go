package aws

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func ssmSecretNotSecureString() *engine.Rule {
	typ := parser.A("type", "Type")
	name := parser.A("name", "Name")
	return setting.Rule(engine.Rule{ID: "AWS-153"}, setting.Check{
		Types: []string{"aws_ssm_parameter", "AWS::SSM::Parameter"},
		If: func(res *parser.Resource) parser.Verdict {
			v := name.Of(res)
			s, ok := v.AsString()
			switch {
			case v.IsNull():
				s, ok = res.Local, true
			case parser.Set(v) == parser.CannotTell:
				return parser.Unknowable(v, name.Name(res))
			}
			if ok && ssmSecretName(s) {
				return parser.Bad(v, "name "+strconv.Quote(s))
			}
			return parser.Decided
		},
		Judge: func(res *parser.Resource) parser.Verdict {
			v := parser.OneOf(typ.Of(res), typ.Name(res), "String", "String", "StringList")
			if v.Answer == parser.Yes {
				n, _ := name.Of(res).AsString()
				if n == "" {
					n = res.Local
				}
				v.Detail = "name " + strconv.Quote(n) + " and " + v.Detail
			}
			return v
		},
		Problem: "a secret is stored unencrypted",
	})
}

// ssmSecretWords are the name parts that mark a secret value.
var ssmSecretWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "secret": true, "token": true, "apikey": true,
	"privatekey": true, "credential": true, "credentials": true, "passphrase": true,
}

// ssmReferenceWords end a name that refers to a secret instead of holding it.
var ssmReferenceWords = map[string]bool{
	"arn": true, "name": true, "id": true, "path": true, "prefix": true, "url": true, "uri": true,
	"version": true, "length": true, "rotation": true, "type": true, "policy": true, "expiry": true,
	"ttl": true, "enabled": true, "param": true, "parameter": true, "key": false, "region": true,
	"user": true, "username": true, "file": true, "location": true, "header": true, "endpoint": true,
}

// ssmSecretName reports whether a parameter name says it holds a secret.
func ssmSecretName(s string) bool {
	words := ssmWords(s)
	if len(words) == 0 || ssmReferenceWords[words[len(words)-1]] {
		return false
	}
	for i, w := range words {
		if ssmSecretWords[w] {
			return true
		}
		if i+1 < len(words) && ssmSecretWords[w+words[i+1]] {
			return true
		}
	}
	return false
}

// ssmWords splits a name into lower-case words at punctuation and at
// camelCase boundaries: "/app/DbPassword" gives app, db, password.
func ssmWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) ||
			i+1 < len(rs) && unicode.IsLower(rs[i+1])):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}
