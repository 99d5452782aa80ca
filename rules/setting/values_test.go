package setting

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func TestValueHelpers(t *testing.T) {
	unk := parser.UnknownValue(parser.Range{}, "var.x has no value")
	str := func(s string) *parser.Value { return parser.StringValue(s, parser.Range{}) }
	list := func(vs ...*parser.Value) *parser.Value { return &parser.Value{Kind: parser.List, Elems: vs} }
	obj := &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"a": str("x")}}
	null := &parser.Value{Kind: parser.Null}

	for _, c := range []struct {
		name      string
		v         *parser.Value
		unknown   bool // Unknown(v) != nil
		mayBeX    bool // MayBe(v, "x")
		blocks    int  // len(Blocks(v) items)
		blocksUnk bool
		elems     int // len(Elems(v) elems)
		elemsUnk  bool
	}{
		{name: "absent"},
		{name: "null", v: null},
		{name: "unknown", v: unk, unknown: true, mayBeX: true, blocksUnk: true, elemsUnk: true},
		{name: "string", v: str("X"), mayBeX: true, elems: 1},
		{name: "other string", v: str("y"), elems: 1},
		{name: "one block", v: obj, blocks: 1},
		{name: "block list", v: list(obj, obj), blocks: 2, elems: 2},
		{name: "block list with an unknown instance", v: list(obj, unk), blocksUnk: true, elems: 1, elemsUnk: true},
		{name: "string list", v: list(str("a"), unk, str("b")), blocks: 0, blocksUnk: true, elems: 2, elemsUnk: true},
		{name: "empty list", v: list()},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Unknown(null, c.v) != nil; got != c.unknown {
				t.Errorf("Unknown = %v, want %v", got, c.unknown)
			}
			if got := MayBe(c.v, "x"); got != c.mayBeX {
				t.Errorf("MayBe = %v, want %v", got, c.mayBeX)
			}
			items, hidden := Blocks(c.v)
			if len(items) != c.blocks || (hidden != nil) != c.blocksUnk {
				t.Errorf("Blocks = %d items, hidden %v; want %d, %v", len(items), hidden != nil, c.blocks, c.blocksUnk)
			}
			elems, u := Elems(c.v)
			if len(elems) != c.elems || (u != nil) != c.elemsUnk {
				t.Errorf("Elems = %d, unknown %v; want %d, %v", len(elems), u != nil, c.elems, c.elemsUnk)
			}
		})
	}
}

func TestCloud(t *testing.T) {
	aws := Cloud("aws_", "AWS::")
	gcp := Cloud("google_", "")
	for _, tc := range []struct {
		res      parser.Resource
		aws, gcp bool
	}{
		{parser.Resource{Format: parser.Terraform, Type: "aws_s3_bucket"}, true, false},
		{parser.Resource{Format: parser.CloudFormation, Type: "AWS::S3::Bucket"}, true, false},
		{parser.Resource{Format: parser.CloudFormation, Type: "aws_s3_bucket"}, false, false},
		{parser.Resource{Format: parser.Terraform, Type: "AWS::S3::Bucket"}, false, false},
		{parser.Resource{Format: parser.Terraform, Type: "google_storage_bucket"}, false, true},
		{parser.Resource{Format: parser.CloudFormation, Type: "Custom::Thing"}, false, false},
	} {
		if got := aws(&tc.res); got != tc.aws {
			t.Errorf("aws(%s %s) = %v", tc.res.Format, tc.res.Type, got)
		}
		if got := gcp(&tc.res); got != tc.gcp {
			t.Errorf("gcp(%s %s) = %v", tc.res.Format, tc.res.Type, got)
		}
	}
}
