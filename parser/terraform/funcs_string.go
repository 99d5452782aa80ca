package terraform

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/gocty"
)

func stringPredicate(name string, pred func(s, t string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "str", Type: cty.String},
			{Name: name, Type: cty.String},
		},
		Type: function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return cty.BoolVal(pred(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

var (
	startsWithFunc  = stringPredicate("prefix", strings.HasPrefix)
	endsWithFunc    = stringPredicate("suffix", strings.HasSuffix)
	strContainsFunc = stringPredicate("substr", strings.Contains)
)

// replaceFunc is Terraform's replace: a substring wrapped in slashes is a
// regular expression whose replacement may use $1-style references.
func replaceFunc(st *funcState) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "str", Type: cty.String},
			{Name: "substr", Type: cty.String},
			{Name: "replace", Type: cty.String},
		},
		Type: function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			str, substr, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
			if len(substr) > 1 && substr[0] == '/' && substr[len(substr)-1] == '/' {
				re, err := regexp.Compile(substr[1 : len(substr)-1])
				if err != nil {
					return cty.NilVal, err
				}
				if !st.spend(regexReplaceSize(re, str, repl)) {
					return unknownWhy(cty.String, tooLarge("replace")), nil
				}
				return cty.StringVal(re.ReplaceAllString(str, repl)), nil
			}
			var n int64
			if substr == "" {
				n = int64(utf8.RuneCountInString(str)) + 1
			} else {
				n = int64(strings.Count(str, substr))
			}
			if !st.spend(int64(len(str)) + n*int64(len(repl))) {
				return unknownWhy(cty.String, tooLarge("replace")), nil
			}
			return cty.StringVal(strings.ReplaceAll(str, substr, repl)), nil
		},
	})
}

// regexReplaceSize bounds the length of re.ReplaceAllString(str, repl):
// each match becomes the template, in which each $ reference may expand to
// at most the whole match.
func regexReplaceSize(re *regexp.Regexp, str, repl string) int64 {
	refs := int64(strings.Count(repl, "$"))
	worst := int64(len(str)) + (int64(len(str))+1)*(int64(len(repl))+refs*int64(len(str)))
	if worst <= maxStringOut || len(str) > maxStringOut {
		return min(worst, maxStringOut+1)
	}
	// Each match adds at least len(repl) bytes: past limit matches the
	// output is too large whatever they are.
	limit := int(maxStringOut/max(1, int64(len(repl)))) + 1
	matches := re.FindAllStringIndex(str, limit)
	if len(matches) >= limit {
		return maxStringOut + 1
	}
	total := int64(len(str))
	for _, m := range matches {
		total += int64(len(repl)) + refs*int64(m[1]-m[0])
	}
	return total
}

// checkParseInt refuses absurdly long numerals.
func checkParseInt(args []cty.Value) bool {
	return !args[0].Type().Equals(cty.String) || !args[0].IsKnown() || len(args[0].AsString()) <= 4096
}

// formatVerbs scans a format string: the number of verbs, the largest
// width or precision, and whether arguments are referred to by index.
func formatVerbs(f string) (verbs int, widest int64, indexed bool) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		num := func() {
			n := int64(0)
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				if n <= maxFormatWidth {
					n = n*10 + int64(f[i]-'0')
				}
				i++
			}
			widest = max(widest, n)
		}
		if i < len(f) && f[i] == '[' {
			indexed = true
			for i < len(f) && f[i] != ']' {
				i++
			}
			i++
		}
		num()
		if i < len(f) && f[i] == '.' {
			i++
			num()
		}
		verbs++
	}
	return verbs, widest, indexed
}

// approxSize estimates the length of v rendered as a string, stopping
// early once past maxStringOut.
func approxSize(v cty.Value) int64 {
	if !v.IsKnown() || v.IsNull() {
		return 4
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return int64(len(v.AsString()))
	case ty == cty.Number:
		return 400
	case ty == cty.Bool:
		return 5
	case v.CanIterateElements():
		total := int64(2)
		for it := v.ElementIterator(); it.Next() && total <= maxStringOut; {
			k, e := it.Element()
			total += approxSize(e) + 2
			if k.Type() == cty.String && k.IsKnown() {
				total += int64(len(k.AsString())) + 3
			}
		}
		return total
	}
	return 16
}

// checkFormat refuses a format() whose output would be too large.
func (st *funcState) checkFormat(args []cty.Value) bool {
	f := args[0].AsString()
	verbs, widest, indexed := formatVerbs(f)
	if widest > maxFormatWidth {
		return false
	}
	total := int64(len(f)) + int64(verbs)*widest
	var largest int64
	for _, a := range args[1:] {
		n := approxSize(a)
		largest = max(largest, n)
		total += n
	}
	if indexed {
		total += int64(verbs) * largest
	}
	return st.spend(total)
}

// checkFormatList refuses a formatlist() whose output would be too large.
func (st *funcState) checkFormatList(args []cty.Value) bool {
	f := args[0].AsString()
	verbs, widest, indexed := formatVerbs(f)
	if widest > maxFormatWidth {
		return false
	}
	n := int64(1)
	for _, a := range args[1:] {
		if a.Type().IsListType() || a.Type().IsTupleType() {
			if l, ok := knownLength(a); ok {
				n = max(n, l)
			}
		}
	}
	if n > maxValues {
		return false
	}
	refs := int64(1)
	if indexed {
		refs = int64(verbs)
	}
	total := n * (int64(len(f)) + int64(verbs)*widest)
	for _, a := range args[1:] {
		s := approxSize(a)
		if !(a.Type().IsListType() || a.Type().IsTupleType()) {
			s *= n
		}
		total += s * refs
		if total > maxStringOut {
			return false
		}
	}
	return st.spend(total)
}

// checkIndent refuses a negative or too large indentation.
func (st *funcState) checkIndent(args []cty.Value) bool {
	var spaces int64
	if err := gocty.FromCtyValue(args[0], &spaces); err != nil || spaces < 0 || spaces > maxStringOut {
		return false
	}
	s := args[1].AsString()
	return st.spend(int64(len(s)) + spaces*int64(strings.Count(s, "\n")))
}

// checkJoin refuses a join() whose output would be too large.
func (st *funcState) checkJoin(args []cty.Value) bool {
	sep := int64(len(args[0].AsString()))
	total := int64(0)
	for _, l := range args[1:] {
		if n, ok := knownLength(l); ok {
			total += approxSize(l) + n*sep
		}
		if total > maxStringOut {
			return false
		}
	}
	return st.spend(total)
}

// checkSplit refuses a split() into more than maxValues parts.
func checkSplit(args []cty.Value) bool {
	sep, s := args[0].AsString(), args[1].AsString()
	if sep == "" {
		return utf8.RuneCountInString(s) <= maxValues
	}
	return strings.Count(s, sep) < maxValues
}

// checkRegexAll refuses a regexall() with more than maxValues results.
func checkRegexAll(args []cty.Value) bool {
	re, err := regexp.Compile(args[0].AsString())
	if err != nil {
		return true // the function reports the error
	}
	s := args[1].AsString()
	per := int64(max(1, re.NumSubexp()))
	if (int64(len(s))+1)*per <= maxValues {
		return true
	}
	limit := int(maxValues/per) + 1
	return len(re.FindAllStringIndex(s, limit)) < limit
}
