package secrettext

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Placeholder reports a literal written to stand for a credential, not to
// be it: <password>, ${...} left from a template, xxxx, ****, and words
// that say so (changeme, example, sample, dummy, your-secret,
// not-a-real-password). s is the value with its blanks trimmed.
func Placeholder(s string) bool { return placeholderWord.MatchString(s) }

var placeholderWord = regexp.MustCompile(`(?i)^(<.*>|\$\{.*\}|x+|\*+|.*(mock|dummy|placeholder|example|sample|changeme|change-me|replace[-_]?me|redacted|fake|not[-_ ]?a[-_ ]?real|not[-_ ]?real|your[-_]?(client[-_]?)?secret).*)$`)

// Configuration reports a literal that a secret store (a Key Vault secret,
// a Secret Manager secret version) holds as configuration kept beside the
// credentials rather than as one: a GUID (a client or tenant id), a
// number, true or false, or a URL whose authority holds no user
// information (an endpoint).
func Configuration(s string) bool {
	if configurationValue.MatchString(s) {
		return true
	}
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	rest := s[i+3:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	return !strings.Contains(rest, "@")
}

var configurationValue = regexp.MustCompile(`(?i)^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9.]+|true|false)$`)

// Literal is how a rule judges settings that hold a credential (a
// password, a secret's value) written in the code.
type Literal struct {
	// Paths are the settings that hold the credential, by resource type.
	Paths map[string][]string
	// MinLength is the shortest value taken for a credential (the
	// provider's minimum for such passwords); a value with white space is
	// none.
	MinLength int
	// Stores are the types whose setting is a secret store's value, which
	// may hold configuration (Configuration) rather than a credential.
	Stores map[string]bool
}

// Types are the resource types of l.Paths.
func (l Literal) Types() []string {
	types := make([]string, 0, len(l.Paths))
	for t := range l.Paths {
		types = append(types, t)
	}
	return types
}

// Judge is Yes at the first credential setting of a resource that is a
// literal string (written in the resource, a variable default or a
// tfvars file, which the finding names) of at least MinLength characters
// without white space, not a placeholder, and for a store not
// configuration. A value not known statically (a variable without a
// value, random_password, a data source, a vault reference) is not judged:
// the code does not hold it.
func (l Literal) Judge() setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, path := range l.Paths[res.Type] {
			v := parser.A(path, "").Of(res)
			if v == nil || v.Kind != parser.String {
				continue
			}
			s := strings.TrimSpace(v.Str)
			if utf8.RuneCountInString(s) < l.MinLength || strings.ContainsFunc(s, isSpace) || Placeholder(s) || l.Stores[res.Type] && Configuration(s) {
				continue
			}
			if via := v.Via(); len(via) > 0 && via[len(via)-1].Note != "" {
				return parser.Bad(v, path+" comes from "+via[len(via)-1].Note)
			}
			return parser.Bad(v, path+" is a literal")
		}
		return parser.Decided
	}
}

// isSpace is what regexp's \s matches.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return false
}
