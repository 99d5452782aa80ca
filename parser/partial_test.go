package parser

import (
	"reflect"
	"strings"
	"testing"
)

func TestPartsBuilder(t *testing.T) {
	partial := (&Value{Kind: Unknown}).SetExtra(Extra{Parts: []string{"a", "b"}})
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
		{(&Value{Kind: Unknown}).SetExtra(Extra{Parts: []string{"arn:", ":x"}}), "arn:", ":x", true},
		{(&Value{Kind: Unknown}).SetExtra(Extra{Parts: []string{"a", "b", "c"}}), "a", "c", true},
		{UnknownValue(Range{}, "no parts"), "", "", false},
		{(&Value{Kind: Unknown}).SetExtra(Extra{Parts: []string{"one"}}), "", "", false},
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

func TestCouldBe(t *testing.T) {
	partial := func(parts ...string) *Value { return (&Value{Kind: Unknown}).SetExtra(Extra{Parts: parts}) }
	tests := []struct {
		v    *Value
		s    string
		want bool
	}{
		{StringValue("AES256", Range{}), "aes256", true},
		{StringValue(" AES256 ", Range{}), "AES256", true},
		{StringValue("aws:kms", Range{}), "AES256", false},
		{partial("arn:", ":kms"), "arn:aws:kms", true},
		{partial("arn:", ":kms"), "ARN:aws-cn:KMS", true},
		{partial("arn:", ":kms"), "aws:kms", false},
		{partial("arn:", ":kms"), "arn:aws:s3", false},
		{partial("a", "b", "c"), "axbyc", true},
		{partial("a", "b", "c"), "abc", true},
		{partial("a", "b", "c"), "acb", false},
		{partial("ab", "ba"), "aba", false}, // the parts may not overlap
		{partial("", "x"), "anything-x", true},
		{partial("tls", ""), "TLSv1.2", true},
		{UnknownValue(Range{}, "no parts"), "x", true},
		{&Value{Kind: List}, "x", false},
		{nil, "x", false},
	}
	for i, tt := range tests {
		if got := tt.v.CouldBe(tt.s); got != tt.want {
			t.Errorf("%d: %+v could be %q = %t, want %t", i, tt.v, tt.s, got, tt.want)
		}
	}
}

// TestPartlyKnownVerdicts: OneOf and NoneOf decide a partly known string
// when its known text rules out every value they compare with, and cannot
// tell otherwise.
func TestPartlyKnownVerdicts(t *testing.T) {
	v := (&Value{Kind: Unknown}).SetExtra(Extra{Parts: []string{"TLSv1.2_", ""}, Why: "var.suffix has no value"})
	tests := []struct {
		name string
		got  Verdict
		want Answer
	}{
		{"OneOf rules out every bad value", OneOf(v, "policy", "", "TLSv1", "TLSv1_2016"), No},
		{"OneOf: a bad value fits", OneOf(v, "policy", "", "TLSv1.2_2018", "TLSv1"), CannotTell},
		{"NoneOf rules out every good value", NoneOf(v, "policy", "", "TLSv1.3_2021"), Yes},
		{"NoneOf: a good value fits", NoneOf(v, "policy", "", "TLSv1.2_2021"), CannotTell},
	}
	for _, tt := range tests {
		if tt.got.Answer != tt.want {
			t.Errorf("%s: %v (%s), want %v", tt.name, tt.got.Answer, tt.got.Detail, tt.want)
		}
	}
	if got := NoneOf(v, "policy", "", "TLSv1.3_2021").Detail; got != `policy = "TLSv1.2_…", which can be none of TLSv1.3_2021` {
		t.Errorf("detail %q", got)
	}
}
