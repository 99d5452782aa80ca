package parser

import (
	"reflect"
	"strings"
	"testing"
)

func TestPartsBuilder(t *testing.T) {
	partial := &Value{Kind: Unknown, Parts: []string{"a", "b"}}
	tests := []struct {
		name  string
		build func(b *PartsBuilder)
		want  []string
	}{
		{"known only", func(b *PartsBuilder) { b.Known("x"); b.Known("y") }, nil},
		{"prefix and suffix", func(b *PartsBuilder) { b.Known("arn:"); b.Gap(); b.Known(":iam::aws:policy/X") }, []string{"arn:", ":iam::aws:policy/X"}},
		{"trailing gap", func(b *PartsBuilder) { b.Known("/subscriptions/"); b.Gap() }, []string{"/subscriptions/", ""}},
		{"gaps only", func(b *PartsBuilder) { b.Gap(); b.Gap() }, nil},
		{"values", func(b *PartsBuilder) {
			b.Add(StringValue("<", Range{}))
			b.Add(UnknownValue(Range{}, "x"))
			b.Add(NumberValue(1, Range{}))
			b.Add(partial)
			b.Add(BoolValue(true, Range{}))
		}, []string{"<", "1a", "btrue"}},
		{"too long", func(b *PartsBuilder) { b.Known(strings.Repeat("x", maxPartsLen+1)); b.Gap() }, nil},
	}
	for _, tt := range tests {
		var b PartsBuilder
		tt.build(&b)
		if got := b.Parts(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Parts() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestKnownPrefixSuffix(t *testing.T) {
	tests := []struct {
		v              *Value
		prefix, suffix string
		ok             bool
	}{
		{StringValue("abc", Range{}), "abc", "abc", true},
		{&Value{Kind: Unknown, Parts: []string{"arn:", ":x"}}, "arn:", ":x", true},
		{&Value{Kind: Unknown, Parts: []string{"a", "b", "c"}}, "a", "c", true},
		{UnknownValue(Range{}, "no parts"), "", "", false},
		{&Value{Kind: Unknown, Parts: []string{"one"}}, "", "", false},
		{&Value{Kind: List}, "", "", false},
		{nil, "", "", false},
	}
	for i, tt := range tests {
		p, ok1 := tt.v.KnownPrefix()
		s, ok2 := tt.v.KnownSuffix()
		if p != tt.prefix || s != tt.suffix || ok1 != tt.ok || ok2 != tt.ok {
			t.Errorf("%d: prefix %q %t, suffix %q %t; want %q, %q, %t", i, p, ok1, s, ok2, tt.prefix, tt.suffix, tt.ok)
		}
	}
}
