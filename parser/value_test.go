package parser

import (
	"slices"
	"testing"
	"unsafe"
)

// TestValueSizes pins the sizes of Value and Extra at their size classes
// (208 and 128 bytes): CloudFormation's large templates allocate millions
// of each, and a field more moves every one to the next class.
func TestValueSizes(t *testing.T) {
	if s := unsafe.Sizeof(Value{}); s > 208 {
		t.Errorf("Value is %d bytes, over the 208-byte size class", s)
	}
	if s := unsafe.Sizeof(Extra{}); s > 128 {
		t.Errorf("Extra is %d bytes, over the 128-byte size class", s)
	}
}

// SetRefsUses with a share gives each value the Refs and Uses it was given
// and the other extra fields it had, and shares one Extra only between
// values that had the same extra fields and were given the same lists.
func TestSetRefsUsesShared(t *testing.T) {
	var s ExtraShare
	withWhy := func() *Value { return UnknownValue(Range{}, "computed") }
	a := StringValue("x", Range{}).SetRefsUses([]string{"aws_vpc.a"}, []string{"var.v", "aws_vpc.a"}, &s)
	b := StringValue("y", Range{}).SetRefsUses([]string{"aws_vpc.a"}, []string{"var.v", "aws_vpc.a"}, &s)
	c := StringValue("z", Range{}).SetRefsUses([]string{"aws_vpc.a"}, []string{"var.v"}, &s)
	d := StringValue("z", Range{}).SetRefsUses(nil, []string{"aws_vpc.a"}, &s)
	e := StringValue("z", Range{}).SetRefsUses([]string{}, []string{"aws_vpc.a"}, &s)
	f := withWhy().SetRefsUses([]string{"aws_vpc.a"}, []string{"var.v", "aws_vpc.a"}, &s)
	g := StringValue("w", Range{}).SetRefsUses(nil, nil, &s)
	h := withWhy().SetRefsUses(nil, nil, &s)
	if a.extra != b.extra {
		t.Error("equal lists on values without extra fields: not shared")
	}
	for _, v := range []*Value{c, d, e, f} {
		if v.extra == a.extra {
			t.Errorf("%v/%v shares the Extra of %v/%v", v.Refs(), v.Uses(), a.Refs(), a.Uses())
		}
	}
	if d.Refs() != nil || e.Refs() == nil {
		t.Errorf("nil and empty Refs not kept apart: %#v, %#v", d.Refs(), e.Refs())
	}
	if f.Why() != "computed" || !slices.Equal(f.Refs(), []string{"aws_vpc.a"}) || !slices.Equal(f.Uses(), []string{"var.v", "aws_vpc.a"}) {
		t.Errorf("unknown value: why %q refs %v uses %v", f.Why(), f.Refs(), f.Uses())
	}
	if g.extra != nil || h.Why() != "computed" || h.Refs() != nil {
		t.Errorf("no lists: extra %v, why %q refs %v", g.extra, h.Why(), h.Refs())
	}
	for _, v := range []*Value{a, b, c, d, e, f} {
		want := &Value{}
		want.SetRefsUses(v.Refs(), v.Uses(), nil)
		if !slices.Equal(want.Refs(), v.Refs()) || !slices.Equal(want.Uses(), v.Uses()) {
			t.Errorf("shared %v/%v, unshared %v/%v", v.Refs(), v.Uses(), want.Refs(), want.Uses())
		}
	}
}

// TestSetExtraZeroAllocatesNothing: setting no extra field (SetVia(nil) on
// a value without any, as evaluators do for every value they build) must
// not allocate an Extra only to drop it.
func TestSetExtraZeroAllocatesNothing(t *testing.T) {
	v := &Value{}
	if n := testing.AllocsPerRun(100, func() { v.SetExtra(Extra{}); v.SetVia(nil); v.SetWhy("") }); n != 0 {
		t.Errorf("%v allocations setting zero extra fields, want 0", n)
	}
	if v.SetVia([]Step{{Note: "x"}}); len(v.Via()) != 1 {
		t.Errorf("Via %v after SetVia", v.Via())
	}
}
