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
	return setting.Rule(engine.Rule{
		ID:       "AWS-153",
		Name:     "ssm-secret-not-securestring",
		Title:    "SSM parameter with a secret-looking name is stored as plain String",
		Severity: engine.Medium,
		Description: "A Systems Manager parameter whose name says it holds a secret (a password, secret, token, " +
			"API key, private key or credential) has type String or StringList, which SSM stores and returns " +
			"unencrypted, instead of SecureString, which is encrypted with KMS. CloudFormation cannot create " +
			"SecureString parameters at all: such a secret belongs in Secrets Manager (AWS::SecretsManager::Secret) " +
			"or in a SecureString created outside the template. The name is the parameter's name, or its logical " +
			"name when none is given; names that refer to a secret rather than hold one (ending in arn, name, id, " +
			"path, url, version, length or similar) are not reported. Precision is medium: the judgement rests on " +
			"names. Unknown types or names are notes.",
		Remediation: engine.Remediation{Summary: "Use type = \"SecureString\" (optionally with key_id), or keep the secret in Secrets Manager and store only its ARN or name in the parameter."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#type",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-parameter.html",
		},
		Precision: "medium",
	}, setting.Check{
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
