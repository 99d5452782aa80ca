package parser

import "testing"

func obj(attrs map[string]*Value) *Value { return &Value{Kind: Object, Attrs: attrs} }
func list(elems ...*Value) *Value        { return &Value{Kind: List, Elems: elems} }
func unknown(why string) *Value          { return (&Value{Kind: Unknown}).SetExtra(Extra{Why: why}) }

func TestLookup(t *testing.T) {
	body := obj(map[string]*Value{
		"flag":    BoolValue(true, Range{}),
		"block":   list(obj(map[string]*Value{"enabled": BoolValue(false, Range{})})),
		"empty":   list(),
		"null":    {Kind: Null},
		"dynamic": unknown("dynamic block for_each is not known"),
		"nested":  obj(map[string]*Value{"deep": list(obj(map[string]*Value{"x": StringValue("y", Range{})}))}),
	})
	tests := []struct {
		path string
		want *Value
		kind Kind
	}{
		{"flag", body.Attrs["flag"], Bool},
		{"block.enabled", body.Attrs["block"].Elems[0].Attrs["enabled"], Bool},
		{"empty.enabled", nil, 0},
		{"null.enabled", nil, 0},
		{"missing", nil, 0},
		{"missing.deeper", nil, 0},
		{"dynamic.enabled", body.Attrs["dynamic"], Unknown},
		{"nested.deep.x", body.Attrs["nested"].Attrs["deep"].Elems[0].Attrs["x"], String},
		{"flag.below", nil, 0},
		{"", nil, 0},
	}
	for _, tt := range tests {
		if got := Lookup(body, tt.path); got != tt.want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.path, got, tt.want)
		}
	}
	tf := &Resource{Format: Terraform, Body: body}
	cfn := &Resource{Format: CloudFormation, Body: obj(map[string]*Value{"Flag": BoolValue(false, Range{})})}
	a := A("flag", "Flag")
	if !a.Of(tf).IsTrue() || !a.Of(cfn).IsFalse() || a.Name(cfn) != "Flag" {
		t.Errorf("Attr reads the wrong format: %v %v %q", a.Of(tf), a.Of(cfn), a.Name(cfn))
	}
	if A("flag", "").Exists(cfn) || A("flag", "").Of(cfn) != nil {
		t.Error("an Attr without a CloudFormation path exists in CloudFormation")
	}
}

func TestVerdicts(t *testing.T) {
	T, F := BoolValue(true, Range{}), BoolValue(false, Range{})
	u := unknown("var.x has no value")
	s := func(x string) *Value { return StringValue(x, Range{}) }
	n := func(x float64) *Value { return NumberValue(x, Range{}) }
	tests := []struct {
		name   string
		got    Verdict
		answer Answer
		detail string
	}{
		{"NotTrue false", NotTrue(F, "enc", false), Yes, "enc = false"},
		{"NotTrue string false", NotTrue(s("False"), "enc", true), Yes, "enc = false"},
		{"NotTrue true", NotTrue(T, "enc", false), No, ""},
		{"NotTrue absent, insecure default", NotTrue(nil, "enc", false), Yes, "enc is not set, and the default is false"},
		{"NotTrue absent, secure default", NotTrue(nil, "enc", true), No, ""},
		{"NotTrue empty block list", NotTrue(list(), "enc", false), Yes, "enc is not set, and the default is false"},
		{"NotTrue unknown", NotTrue(u, "enc", false), CannotTell, "enc: var.x has no value"},
		{"NotTrue not a boolean", NotTrue(s("maybe"), "enc", false), No, ""},
		{"NotFalse true", NotFalse(T, "public", false), Yes, "public = true"},
		{"NotFalse absent, insecure default", NotFalse(nil, "public", true), Yes, "public is not set, and the default is true"},
		{"NotSet absent", NotSet(nil, "key"), Yes, "key is not set"},
		{"NotSet empty", NotSet(s(" "), "key"), Yes, "key is empty"},
		{"NotSet unknown", NotSet(u, "key"), No, ""},
		{"NotSet set", NotSet(s("alias/x"), "key"), No, ""},
		{"OneOf bad", OneOf(s("Public-Read"), "acl", "private", "public-read"), Yes, `acl = "Public-Read"`},
		{"OneOf default bad", OneOf(nil, "mode", "none", "none"), Yes, "mode is not set, and the default is none"},
		{"OneOf fine", OneOf(s("private"), "acl", "", "public-read"), No, ""},
		{"OneOf unknown", OneOf(u, "acl", "", "public-read"), CannotTell, "acl: var.x has no value"},
		{"NoneOf bad", NoneOf(s("TLS1_0"), "tls", "", "TLS1_2"), Yes, `tls = "TLS1_0"`},
		{"NoneOf default bad", NoneOf(nil, "tls", "TLS1_0", "TLS1_2"), Yes, "tls is not set, and the default is TLS1_0"},
		{"NoneOf absent fine", NoneOf(nil, "tls", "", "TLS1_2"), No, ""},
		{"Below bad", Below(n(30), "days", -1, 90), Yes, "days = 30, below 90"},
		{"Below numeric string", Below(s("365"), "days", -1, 90), No, ""},
		{"Below default bad", Below(nil, "days", 0, 90), Yes, "days is not set, and the default is 0"},
		{"Below absent fine", Below(nil, "days", -1, 90), No, ""},
		{"Below unknown", Below(u, "days", 0, 90), CannotTell, "days: var.x has no value"},
		{"Either first yes", Either(Decided, NotTrue(u, "a", false), NotTrue(F, "b", false)), Yes, "b = false"},
		{"Either cannot tell", Either(Decided, NotTrue(u, "a", false)), CannotTell, "a: var.x has no value"},
		{"Either no", Either(Decided, Decided), No, ""},
		{"Both yes", Both(NotTrue(F, "a", true), NotSet(nil, "k")), Yes, "a = false; k is not set"},
		{"Both one no", Both(NotTrue(F, "a", true), NotSet(s("k1"), "k"), NotTrue(u, "c", false)), No, ""},
		{"Both cannot tell", Both(NotTrue(F, "a", true), NotTrue(u, "c", false)), CannotTell, "c: var.x has no value"},
	}
	for _, tt := range tests {
		if tt.got.Answer != tt.answer || tt.got.Detail != tt.detail {
			t.Errorf("%s: got %v %q, want %v %q", tt.name, tt.got.Answer, tt.got.Detail, tt.answer, tt.detail)
		}
	}
}

func TestSet(t *testing.T) {
	if Set(nil) != No || Set(StringValue("", Range{})) != No || Set(unknown("x")) != CannotTell || Set(StringValue("a", Range{})) != Yes {
		t.Error("Set answers wrongly")
	}
	if !AnySet(nil, unknown("x")) || AnySet(nil, &Value{Kind: Null}, list()) {
		t.Error("AnySet answers wrongly")
	}
}

func TestTruth(t *testing.T) {
	tests := []struct {
		v    *Value
		def  bool
		want Truth
	}{
		{nil, false, False}, {nil, true, True}, {&Value{Kind: Null}, true, True},
		{BoolValue(true, Range{}), false, True}, {StringValue("false", Range{}), true, False},
		{unknown("x"), false, Maybe}, {StringValue("sometimes", Range{}), false, Maybe},
	}
	for i, tt := range tests {
		if got := tt.v.Truth(tt.def); got != tt.want {
			t.Errorf("%d: Truth = %v, want %v", i, got, tt.want)
		}
	}
	if max(False, Maybe) != Maybe || max(Maybe, True) != True {
		t.Error("truths are not ordered False < Maybe < True")
	}
}

func TestUnreadable(t *testing.T) {
	known := &Value{Kind: String, Str: "x"}
	unknown := (&Value{Kind: Unknown}).SetExtra(Extra{Why: "comes from var.p, which has no value"})
	for _, tc := range []struct {
		v    *Value
		want string
	}{
		{known, "pattern: cannot read it"},
		{unknown, "pattern: comes from var.p, which has no value"},
		{nil, "pattern: its value is not known statically"},
	} {
		got := Unreadable(tc.v, "pattern", "cannot read it")
		if got.Answer != CannotTell || got.Detail != tc.want || got.At != tc.v {
			t.Errorf("Unreadable(%v) = %+v, want CannotTell %q", tc.v, got, tc.want)
		}
	}
}

func TestResourceType(t *testing.T) {
	for addr, want := range map[string]string{
		"aws_kms_key.data":                  "aws_kms_key",
		"aws_kms_key.this[0]":               "aws_kms_key",
		`module.kms.aws_kms_key.this["a"]`:  "aws_kms_key",
		"module.a.module.b.aws_kms_alias.x": "aws_kms_alias",
		"data.aws_kms_key.s3":               "",
		"module.a.data.aws_kms_key.s3":      "",
		"var.kms_key_arn":                   "",
		"local.key":                         "",
		"module.kms":                        "",
		"DataKey":                           "",
	} {
		if got := ResourceType(addr); got != want {
			t.Errorf("ResourceType(%q) = %q, want %q", addr, got, want)
		}
	}
}

func TestComputedFrom(t *testing.T) {
	kms := func(addr string) bool { return ResourceType(addr) == "aws_kms_key" }
	for _, tc := range []struct {
		name string
		v    *Value
		want bool
	}{
		{"computed attribute of a key", (&Value{Kind: Unknown}).SetExtra(Extra{Refs: []string{"aws_kms_key.data"}, Uses: []string{"aws_kms_key.data"}}), true},
		{"through a module", (&Value{Kind: Unknown}).SetExtra(Extra{Refs: []string{"module.k.aws_kms_key.this[0]"}}), true},
		{"a variable beside it", (&Value{Kind: Unknown}).SetExtra(Extra{Refs: []string{"aws_kms_key.data"}, Uses: []string{"var.key", "aws_kms_key.data"}}), false},
		{"a data source", (&Value{Kind: Unknown}).SetExtra(Extra{Refs: []string{"data.aws_kms_key.s3"}}), false},
		{"no resource", (&Value{Kind: Unknown}).SetExtra(Extra{Uses: []string{"var.key"}}), false},
		{"known", (&Value{Kind: String, Str: "alias/aws/s3"}).SetExtra(Extra{Refs: []string{"aws_kms_key.data"}}), false},
		{"nil", nil, false},
	} {
		if got := ComputedFrom(tc.v, kms); got != tc.want {
			t.Errorf("%s: ComputedFrom = %v, want %v", tc.name, got, tc.want)
		}
	}
}
