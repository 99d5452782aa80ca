package aws

import (
	"path"
	"strconv"
	"strings"
)

// A small evaluator of CloudWatch Logs JSON filter patterns, enough to tell
// whether a metric filter matches a CloudTrail event:
//
//	{ ($.eventName = CreateNetworkAcl) || ($.eventName = "Delete*") }
//	{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }
//
// Selectors ($.a.b), the operators = != < > <= >=, string values with *
// wildcards, numbers, IS NULL, IS TRUE/FALSE, NOT EXISTS, && and || with
// parentheses. A rule matches a pattern against sample events of what it
// wants alerted, so a filter is judged by what it selects, not by its name.

// cwEvent is a CloudTrail event flattened to its selectors ("eventName",
// "userIdentity.type") and their values.
type cwEvent map[string]string

// cwExpr is a parsed filter pattern: it reports whether an event matches.
type cwExpr func(cwEvent) bool

// parseFilterPattern parses a JSON filter pattern; ok is false for a
// pattern it cannot read (a space-delimited or plain-text pattern, or a
// syntax it does not know), which callers treat as "may match".
func parseFilterPattern(s string) (e cwExpr, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "{") || !strings.HasSuffix(s, "}") {
		return nil, false
	}
	p := &cwParser{toks: cwTokens(s[1 : len(s)-1])}
	if p.toks == nil {
		return nil, false
	}
	e, ok = p.or()
	if !ok || p.i != len(p.toks) {
		return nil, false
	}
	return e, true
}

type cwParser struct {
	toks []string
	i    int
}

func (p *cwParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *cwParser) next() string {
	t := p.peek()
	p.i++
	return t
}

func (p *cwParser) or() (cwExpr, bool) {
	return p.chain("||", p.and, func(a, b bool) bool { return a || b })
}

func (p *cwParser) and() (cwExpr, bool) {
	return p.chain("&&", p.term, func(a, b bool) bool { return a && b })
}

// chain parses operands joined by op (left-associative), each read by
// operand, and combines their results with join.
func (p *cwParser) chain(op string, operand func() (cwExpr, bool), join func(a, b bool) bool) (cwExpr, bool) {
	l, ok := operand()
	for ok && p.peek() == op {
		p.next()
		var r cwExpr
		if r, ok = operand(); ok {
			a, b := l, r
			l = func(ev cwEvent) bool { return join(a(ev), b(ev)) }
		}
	}
	return l, ok
}

func (p *cwParser) term() (cwExpr, bool) {
	if p.peek() == "(" {
		p.next()
		e, ok := p.or()
		if !ok || p.next() != ")" {
			return nil, false
		}
		return e, true
	}
	sel := p.next()
	if !strings.HasPrefix(sel, "$.") {
		return nil, false
	}
	field := strings.TrimPrefix(sel, "$.")
	op := p.next()
	switch op {
	case "NOT":
		if p.next() != "EXISTS" {
			return nil, false
		}
		return func(ev cwEvent) bool { _, ok := ev[field]; return !ok }, true
	case "IS":
		want := p.next()
		switch want {
		case "NULL":
			return func(ev cwEvent) bool { _, ok := ev[field]; return !ok }, true
		case "TRUE", "FALSE":
			return func(ev cwEvent) bool { return strings.EqualFold(ev[field], want) }, true
		}
		return nil, false
	case "=", "!=", "<", ">", "<=", ">=":
	default:
		return nil, false
	}
	val := p.next()
	if val == "" || val == "&&" || val == "||" || val == ")" {
		return nil, false
	}
	quoted := strings.HasPrefix(val, `"`)
	if quoted {
		u, err := strconv.Unquote(val)
		if err != nil {
			return nil, false
		}
		val = u
	}
	switch op {
	case "=", "!=":
		neg := op == "!="
		return func(ev cwEvent) bool {
			got, ok := ev[field]
			if !ok {
				return neg
			}
			m, _ := path.Match(val, got)
			return m != neg
		}, true
	}
	want, err := strconv.ParseFloat(val, 64)
	if err != nil {
		return nil, false
	}
	return func(ev cwEvent) bool {
		got, err := strconv.ParseFloat(ev[field], 64)
		if err != nil {
			return false
		}
		switch op {
		case "<":
			return got < want
		case ">":
			return got > want
		case "<=":
			return got <= want
		}
		return got >= want
	}, true
}

// cwTokens splits a pattern's body into selectors, operators, parentheses
// and values (quoted strings kept with their quotes); nil when a string is
// not closed.
func cwTokens(s string) []string {
	toks := []string{}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		case strings.HasPrefix(s[i:], "&&"), strings.HasPrefix(s[i:], "||"), strings.HasPrefix(s[i:], "!="),
			strings.HasPrefix(s[i:], "<="), strings.HasPrefix(s[i:], ">="):
			toks = append(toks, s[i:i+2])
			i += 2
		case c == '=' || c == '<' || c == '>':
			toks = append(toks, string(c))
			i++
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return nil
			}
			toks = append(toks, s[i:j+1])
			i = j + 1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\r\n()=!<>&|\"", rune(s[j])) {
				j++
			}
			if j == i {
				return nil
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}
