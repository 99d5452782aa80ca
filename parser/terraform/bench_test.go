package terraform

import (
	"fmt"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// generatedProject builds a root module that calls a network module
// through for_each, which itself calls a security group module, with
// locals, dynamic blocks and cross references throughout.
func generatedProject(b testing.TB, calls, keys, resources int) *Project {
	b.Helper()
	parse := func(path, src string) *File {
		f, diags := ParseFile(parser.Source{Path: path, Bytes: []byte(src)})
		if diags.HasErrors() {
			b.Fatalf("%s: %v", path, diags)
		}
		return f
	}
	var root strings.Builder
	root.WriteString("locals {\n  envs = {\n")
	for k := 0; k < keys; k++ {
		fmt.Fprintf(&root, "    env%d = { cidr = \"10.%d.0.0/16\", open = %v }\n", k, k%250, k%7 == 0)
	}
	root.WriteString("  }\n}\n")
	for c := 0; c < calls; c++ {
		fmt.Fprintf(&root, "module \"net%d\" {\n  source   = \"../net\"\n  for_each = local.envs\n  name     = \"net%d-${each.key}\"\n  cidr     = each.value.cidr\n  open     = each.value.open\n}\n", c, c)
	}
	var net strings.Builder
	net.WriteString("variable \"name\" {}\nvariable \"cidr\" {}\nvariable \"open\" { default = false }\n")
	net.WriteString("resource \"aws_vpc\" \"this\" {\n  cidr_block = var.cidr\n  tags = { Name = var.name }\n}\n")
	for r := 0; r < resources; r++ {
		fmt.Fprintf(&net, "resource \"aws_subnet\" \"s%d\" {\n  vpc_id     = aws_vpc.this.id\n  cidr_block = cidrsubnet(var.cidr, 8, %d)\n}\n", r, r)
	}
	net.WriteString("module \"sg\" {\n  source = \"../sg\"\n  vpc_id = aws_vpc.this.id\n  ports  = var.open ? [22, 3389] : [443]\n}\n")
	sg := `variable "vpc_id" {}
variable "ports" {}
resource "aws_security_group" "this" {
  vpc_id = var.vpc_id
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
output "id" { value = aws_security_group.this.id }
`
	return &Project{Modules: map[string]*Module{
		"root": {Dir: "root", Files: []*File{parse("root/main.tf", root.String())}},
		"net":  {Dir: "net", Files: []*File{parse("net/main.tf", net.String())}},
		"sg":   {Dir: "sg", Files: []*File{parse("sg/main.tf", sg)}},
	}}
}

func BenchmarkEvaluateProject(b *testing.B) {
	for _, size := range []struct{ calls, keys, resources int }{{5, 10, 20}, {20, 20, 40}} {
		b.Run(fmt.Sprintf("calls=%d/keys=%d/resources=%d", size.calls, size.keys, size.resources), func(b *testing.B) {
			p := generatedProject(b, size.calls, size.keys, size.resources)
			var n int
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				// A fresh project each time: declarations are decoded once per module.
				q := &Project{Modules: p.Modules}
				rs, _ := q.Evaluate()
				n = 0
				for _, r := range rs {
					if r.Kind == "" {
						n++
					}
				}
			}
			b.ReportMetric(float64(n), "resources")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/resource")
		})
	}
}

func TestGeneratedProjectEvaluates(t *testing.T) {
	p := generatedProject(t, 2, 3, 4)
	all, diags := p.Evaluate()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var rs []*parser.Resource
	for _, r := range all {
		if r.Kind == "" {
			rs = append(rs, r)
		}
	}
	// Per instance of net: 1 VPC + 4 subnets + 1 security group.
	if want := 2 * 3 * 6; len(rs) != want {
		t.Fatalf("%d resources, want %d", len(rs), want)
	}
	var open int
	for _, r := range rs {
		if r.Type == "aws_security_group" {
			for _, in := range r.Body.Get("ingress").Items() {
				if p, _ := in.Get("from_port").AsInt(); p == 22 {
					open++
				}
			}
		}
	}
	// env0 of each call has open = true (0 % 7 == 0).
	if open != 2 {
		t.Errorf("%d security groups open port 22, want 2", open)
	}
}
