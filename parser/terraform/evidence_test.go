package terraform

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestEachValueEvidence: a value that reaches a resource through
// each.value names the line that supplied it, whether the for_each is on
// the module call (over a local map of the caller) or inside the module
// (over a map the caller passes as an argument).
func TestEachValueEvidence(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"main.tf": `locals {
  nets = {
    a = "0.0.0.0/0"
    b = "10.0.0.0/8"
  }
}
module "outer" {
  source   = "./mod"
  for_each = local.nets
  cidr     = each.value
  rules    = {}
}
module "inner" {
  source = "./mod"
  cidr   = "10.1.0.0/16"
  rules = {
    ssh = {
      cidr = "0.0.0.0/0"
    }
  }
}
`,
		"mod/main.tf": `variable "cidr" {}
variable "rules" {}
resource "aws_security_group" "s" {
  cidr_blocks = [var.cidr]
}
resource "aws_security_group_rule" "r" {
  for_each    = var.rules
  cidr_blocks = [each.value.cidr]
}
`,
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run, _ := evaluateFixture(t, dir)
	tests := []struct{ addr, want string }{
		{`module.outer["a"].aws_security_group.s`, `var.cidr of module.outer["a"]@root/main.tf:10 each@root/main.tf:9 local.nets@root/main.tf:3`},
		{`module.inner.aws_security_group_rule.r["ssh"]`, `each@root/mod/main.tf:7 var.rules of module.inner@root/main.tf:18`},
	}
	for _, tt := range tests {
		var res *parser.Resource
		for _, r := range run.run.resources {
			if r.Address == tt.addr {
				res = r
			}
		}
		if res == nil {
			t.Errorf("no %s", tt.addr)
			continue
		}
		v := res.Body.Get("cidr_blocks").Elems[0]
		var steps []string
		for _, s := range v.Via() {
			steps = append(steps, s.Note+"@"+s.Range.File+":"+strconv.Itoa(int(s.Range.Start.Line)))
		}
		if got := strings.Join(steps, " "); v.Str != "0.0.0.0/0" || got != tt.want {
			t.Errorf("%s: %q via %s\nwant 0.0.0.0/0 via %s", tt.addr, v.Str, got, tt.want)
		}
	}
}

// TestSelfReferencePassesBounded: calls nested in calls whose arguments
// refer to their own outputs each take several passes. A few levels are
// resolved at every level; beyond that the passes of a root are bounded
// (the deeper arguments then stay unknown), so the work cannot multiply
// with the nesting.
func TestSelfReferencePassesBounded(t *testing.T) {
	for _, tt := range []struct {
		depth    int
		resolved bool
	}{{3, true}, {10, false}} {
		run := selfReferenceChain(t, tt.depth)
		bounded := run.run.extraPasses == maxExtraPasses
		if bounded == tt.resolved {
			t.Errorf("depth %d: %d extra passes (bound %d)", tt.depth, run.run.extraPasses, maxExtraPasses)
		}
		if !tt.resolved {
			continue
		}
		n := 0
		for _, r := range run.run.resources {
			if r.Type == "terraform_data" {
				n++
				if s, _ := r.Body.Get("input").AsString(); s != "v" {
					t.Errorf("depth %d: %s input = %+v, want v", tt.depth, r.Address, r.Body.Get("input"))
				}
			}
		}
		if n != tt.depth {
			t.Errorf("depth %d: %d resources", tt.depth, n)
		}
	}
}

// selfReferenceChain evaluates a root calling a chain of depth modules,
// each call's argument taken from an output of the same call.
func selfReferenceChain(t *testing.T, depth int) fixtureRun {
	dir := t.TempDir()
	write := func(name, src string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.tf", "module \"next\" {\n  source = \"./m1\"\n  x      = module.next.k\n}\n")
	for i := 1; i <= depth; i++ {
		src := "variable \"x\" {}\noutput \"k\" {\n  value = \"v\"\n}\nresource \"terraform_data\" \"t\" {\n  input = var.x\n}\n"
		if i < depth {
			src += "module \"next\" {\n  source = \"../m" + strconv.Itoa(i+1) + "\"\n  x      = module.next.k\n}\n"
		}
		write("m"+strconv.Itoa(i)+"/main.tf", src)
	}
	run, _ := evaluateFixture(t, dir)
	return run
}
