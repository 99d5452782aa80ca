package terraform

import (
	"strconv"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// load parses files (name → content) as one module.
func load(t *testing.T, files map[string]string) ([]*parser.Resource, parser.Diagnostics) {
	t.Helper()
	m := &Module{Dir: "mod"}
	for _, name := range sortedKeys(files) {
		f, diags := ParseFile(parser.Source{Path: "mod/" + name, Bytes: []byte(files[name])})
		if diags.HasErrors() {
			t.Fatalf("parse %s: %v", name, diags)
		}
		if IsVarsFile(name) {
			m.VarFiles = append(m.VarFiles, f)
		} else {
			m.Files = append(m.Files, f)
		}
	}
	return m.Resources(Options{})
}

func find(rs []*parser.Resource, addr string) *parser.Resource {
	for _, r := range rs {
		if r.Address == addr {
			return r
		}
	}
	return nil
}

func TestEvaluation(t *testing.T) {
	files := map[string]string{
		"main.tf": `
variable "cidrs" {
  default = ["10.0.0.0/8"]
}
variable "nodefault" {}
variable "port" {
  default = 22
}
locals {
  all   = "0.0.0.0/0"
  both  = concat(var.cidrs, [local.all])
  name  = "web-${var.port}"
  loopy = local.loopy
}
resource "aws_security_group" "a" {
  name = local.name
  ingress {
    from_port   = var.port
    to_port     = var.port + 0
    cidr_blocks = local.both
  }
  ingress {
    cidr_blocks = var.cidrs
  }
  description = var.nodefault
  vpc_id      = aws_vpc.main.id
  loop        = local.loopy
  fn          = provider::aws::arn_parse("x")
  unknownfn   = nosuchfunction(1)
  json        = jsonencode({ a = 1 })
}
resource "aws_vpc" "main" {}
resource "aws_instance" "web" {
  count = 2
  tags  = { Name = "web-${count.index}" }
}
resource "aws_s3_bucket" "b" {
  for_each = toset(["x", "y"])
  bucket   = "bucket-${each.key}"
}
`,
		"terraform.tfvars": `cidrs = ["0.0.0.0/0"]` + "\n",
	}
	rs, diags := load(t, files)
	a := find(rs, "aws_security_group.a")
	if a == nil {
		t.Fatalf("no aws_security_group.a in %v", rs)
	}
	tests := []struct {
		name string
		got  *parser.Value
		want string // kind:value
	}{
		{"local template", a.Body.Get("name"), "string:web-22"},
		{"var default number", a.Body.Get("ingress").Elems[0].Get("from_port"), "number:22"},
		{"arithmetic", a.Body.Get("ingress").Elems[0].Get("to_port"), "number:22"},
		{"tfvars override", a.Body.Get("ingress").Elems[1].Get("cidr_blocks").Elems[0], "string:0.0.0.0/0"},
		{"local through concat", a.Body.Get("ingress").Elems[0].Get("cidr_blocks").Elems[1], "string:0.0.0.0/0"},
		{"no value is unknown", a.Body.Get("description"), "unknown:"},
		{"computed attribute", a.Body.Get("vpc_id"), "unknown:"},
		{"cycle", a.Body.Get("loop"), "unknown:"},
		{"provider function", a.Body.Get("fn"), "unknown:"},
		{"unknown function", a.Body.Get("unknownfn"), "unknown:"},
		{"jsonencode", a.Body.Get("json"), `string:{"a":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got == nil {
				t.Fatal("missing value")
			}
			got := tt.got.Kind.String() + ":" + tt.got.Str
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if refs := a.Body.Get("vpc_id").Refs(); len(refs) != 1 || refs[0] != "aws_vpc.main" {
		t.Errorf("vpc_id refs = %v, want [aws_vpc.main]", refs)
	}
	for _, addr := range []string{"aws_instance.web[0]", "aws_instance.web[1]", `aws_s3_bucket.b["x"]`, `aws_s3_bucket.b["y"]`} {
		if find(rs, addr) == nil {
			t.Errorf("missing instance %s", addr)
		}
	}
	if v := find(rs, "aws_instance.web[1]").Body.Path("tags", "Name"); v.Str != "web-1" {
		t.Errorf("count.index: got %q", v.Str)
	}
	if v := find(rs, `aws_s3_bucket.b["y"]`).Body.Get("bucket"); v.Str != "bucket-y" {
		t.Errorf("each.key: got %q", v.Str)
	}
	var cycle bool
	for _, d := range diags {
		cycle = cycle || strings.Contains(d.Summary, "refers to itself")
	}
	if !cycle {
		t.Errorf("no diagnostic for the local that refers to itself: %v", diags)
	}
}

func TestProvenance(t *testing.T) {
	rs, _ := load(t, map[string]string{
		"main.tf": `variable "cidrs" {
  default = ["10.0.0.0/8"]
}
locals {
  cidrs = var.cidrs
}
resource "aws_security_group_rule" "r" {
  cidr_blocks = local.cidrs
}
`,
		"terraform.tfvars": "\ncidrs = [\n  \"0.0.0.0/0\",\n]\n",
	})
	v := rs[0].Body.Get("cidr_blocks").Elems[0]
	if v.Str != "0.0.0.0/0" || v.Range.Start.Line != 8 {
		t.Fatalf("element %q at line %d, want 0.0.0.0/0 at the use on line 8", v.Str, v.Range.Start.Line)
	}
	var steps []string
	for _, s := range v.Via() {
		steps = append(steps, s.Note+"@"+s.Range.File+":"+strconv.Itoa(int(s.Range.Start.Line)))
	}
	want := "local.cidrs@mod/main.tf:5 var.cidrs@mod/terraform.tfvars:3"
	if got := strings.Join(steps, " "); got != want {
		t.Errorf("via = %s\nwant  %s", got, want)
	}
}

func TestDynamicAndLimits(t *testing.T) {
	rs, diags := load(t, map[string]string{"main.tf": `
variable "rules" {
  default = { ssh = 22, db = 5432 }
}
variable "unknown" {}
resource "aws_security_group" "d" {
  dynamic "ingress" {
    for_each = var.rules
    iterator = r
    content {
      from_port = r.value
      name      = r.key
    }
  }
  dynamic "egress" {
    for_each = var.unknown
    content {
      from_port = egress.value
    }
  }
}
resource "aws_instance" "huge" {
  count = 100000000
}
resource "aws_instance" "ranged" {
  tags = { n = length(range(1000000000)) }
}
`})
	d := find(rs, "aws_security_group.d")
	in := d.Body.Get("ingress").Elems
	if len(in) != 2 || in[0].Get("name").Str != "db" || in[1].Get("from_port").Str != "22" {
		t.Errorf("dynamic ingress not expanded in key order: %+v", in)
	}
	// Over an unknown for_each: one element standing for zero or more
	// blocks, the content read with the iterator unknown, its number not
	// known (so whether the block is set cannot be told).
	eg := d.Body.Get("egress")
	if len(eg.Elems) != 1 || !eg.Elems[0].Rest() || eg.Elems[0].Kind != parser.Object {
		t.Fatalf("dynamic block over an unknown for_each must be one Rest object, got %+v", eg.Elems)
	}
	if fp := eg.Elems[0].Get("from_port"); fp.IsKnown() || !strings.Contains(fp.Why(), "var.unknown") {
		t.Errorf("iterator value over an unknown for_each: want unknown naming var.unknown, got %+v (%q)", fp, fp.Why())
	}
	if parser.Set(eg) != parser.CannotTell {
		t.Errorf("a dynamic block over an unknown for_each may make no block: Set = %v", parser.Set(eg))
	}
	if find(rs, "aws_instance.huge[*]") == nil {
		t.Errorf("a huge count must be one unknown instance")
	}
	var limit bool
	for _, dg := range diags {
		limit = limit || dg.Summary == "too many instances"
	}
	if !limit {
		t.Errorf("no diagnostic for the huge count")
	}
}

func TestJSONSyntax(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf.json": `{
  "variable": {"open": {"default": "0.0.0.0/0"}},
  "resource": {"aws_security_group": {"j": {
    "ingress": [{"from_port": 22, "to_port": 22, "cidr_blocks": ["${var.open}"]}]
  }}}
}`})
	j := find(rs, "aws_security_group.j")
	if j == nil {
		t.Fatal("no resource from .tf.json")
	}
	if v := j.Body.Get("ingress").Items()[0].Get("cidr_blocks").Elems[0]; v.Str != "0.0.0.0/0" {
		t.Errorf("got %+v", v)
	}
}

func TestSyntaxErrorHasPosition(t *testing.T) {
	_, diags := ParseFile(parser.Source{Path: "bad.tf", Bytes: []byte("resource \"a\" \"b\" {\n  x = \n}\n")})
	if !diags.HasErrors() || diags[0].Range.Start.Line == 0 || diags[0].Range.File != "bad.tf" {
		t.Errorf("want an error with file and line, got %v", diags)
	}
}

func TestPartialJSONEncodeKeepsStructure(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.b.arn}/*" }]
  })
}
`})
	pol := find(rs, "aws_s3_bucket_policy.p").Body.Get("policy")
	if pol.Kind != parser.Object {
		t.Fatalf("policy is %s, want the partly known object", pol.Kind)
	}
	st := pol.Get("Statement").Elems[0]
	if st.Get("Principal").Str != "*" || st.Get("Resource").IsKnown() {
		t.Errorf("statement: %+v", st.Attrs)
	}
	if len(pol.Refs()) == 0 || pol.Refs()[0] != "aws_s3_bucket.b" {
		t.Errorf("refs = %v", pol.Refs())
	}
}

func TestJSONDynamicBlocks(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf.json": `{
  "variable": {"ports": {"default": [22, 443]}},
  "resource": {"aws_security_group": {"d": {
    "name": "d",
    "dynamic": {"ingress": {
      "for_each": "${var.ports}",
      "iterator": "p",
      "content": {"from_port": "${p.value}", "to_port": "${p.value}", "cidr_blocks": ["0.0.0.0/0"]}
    }}
  }}}
}`})
	d := find(rs, "aws_security_group.d")
	in := d.Body.Get("ingress").Items()
	if len(in) != 2 || in[0].Get("from_port").Str != "22" || in[1].Get("to_port").Str != "443" {
		t.Fatalf("JSON dynamic block not expanded: %+v", d.Body.Attrs)
	}
	if d.Body.Get("dynamic") != nil {
		t.Error("the dynamic block itself must not appear as an attribute")
	}
}
