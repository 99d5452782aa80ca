package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// report states the verdict v about res with a message of the rule's own
// wording: Yes is a finding at v.At with the message format and args,
// CannotTell an undecided note naming the unknown input, No nothing. It is
// Pass.Judge for rules whose messages are not "<address>: <problem>
// (<detail>)".
func report(p *engine.Pass, res *parser.Resource, v parser.Verdict, format string, args ...any) {
	switch v.Answer {
	case parser.Yes:
		p.Report(res, v.At, format, args...)
	case parser.CannotTell:
		p.CannotTell(res, v.At, v.Detail)
	}
}

// yes is the verdict Yes at v with no detail of its own: the rule's
// message says what is wrong.
func yes(v *parser.Value) parser.Verdict { return parser.Verdict{Answer: parser.Yes, At: v} }

// isOneOf judges whether the string setting v (named name) is one of
// values: Yes or No when known, CannotTell when unknown, No when absent or
// not a string.
func isOneOf(v *parser.Value, name string, values ...string) parser.Verdict {
	return parser.OneOf(v, name, "", values...)
}

// str is the text of a known string (or number or bool) value, "" for
// any other.
func str(v *parser.Value) string {
	s, _ := v.AsString()
	return s
}

// yesUnless is the verdict Yes (with no detail), unless one of opens is
// CannotTell: then the first of those. A rule that finds nothing that
// makes a resource secure asks it of what could have.
func yesUnless(opens ...parser.Verdict) parser.Verdict {
	for _, o := range opens {
		if o.Answer == parser.CannotTell {
			return o
		}
	}
	return yes(nil)
}
