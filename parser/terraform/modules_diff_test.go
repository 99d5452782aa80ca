package terraform

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/soc2lint/soc2lint/parser"
)

// The configuration compared with Terraform: locals, for expressions,
// splats, conditionals, count and for_each, and values passed down and
// back up through two levels of local modules.
var diffModules = map[string]string{
	"main.tf": `
variable "envs" {
  type = map(object({
    cidr = string
    open = optional(bool, false)
    tags = optional(map(string), {})
  }))
  default = {
    prod = { cidr = "10.0.0.0/16", tags = { team = "core" } }
    dev  = { cidr = "10.1.0.0/16", open = true }
  }
}

locals {
  names   = [for k, v in var.envs : upper(k) if !v.open]
  subnets = { for k, v in var.envs : k => cidrsubnets(v.cidr, 8, 8, 4) }
  flat    = flatten([for k, v in local.subnets : [for s in v : "${k}:${s}"]])
}

module "net" {
  source   = "./modules/net"
  for_each = var.envs
  name     = each.key
  cidr     = each.value.cidr
  open     = each.value.open
  tags     = merge({ env = each.key }, each.value.tags)
}

module "single" {
  source = "./modules/net"
  count  = 2
  name   = "single-${count.index}"
  cidr   = cidrsubnet("172.16.0.0/12", 4, count.index)
}

output "names" { value = local.names }
output "flat" { value = local.flat }
output "net_rules" { value = { for k, m in module.net : k => m.rules } }
output "net_tags" { value = module.net["prod"].tags }
output "inner_ports" { value = module.net["dev"].inner_ports }
output "single_names" { value = module.single[*].name }
output "conditional" { value = length(module.net) > 1 ? "many" : "one" }
output "nested_splat" { value = [for m in module.single : m.inner_ports] }
`,
	"modules/net/main.tf": `
variable "name" { type = string }
variable "cidr" { type = string }
variable "open" {
  type    = bool
  default = false
}
variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  world = "0.0.0.0/0"
  rules = var.open ? [{ port = 22, cidr = local.world }] : [{ port = 443, cidr = var.cidr }]
}

module "ports" {
  source = "./ports"
  rules  = local.rules
  prefix = var.name
}

output "rules" { value = local.rules }
output "tags" { value = var.tags }
output "name" { value = "${var.name}-${module.ports.count}" }
output "inner_ports" { value = module.ports.ports }
`,
	"modules/net/ports/main.tf": `
variable "rules" {
  type = list(object({ port = number, cidr = string }))
}
variable "prefix" { type = string }

output "ports" { value = [for r in var.rules : format("%s/%d@%s", var.prefix, r.port, r.cidr)] }
output "count" { value = length(var.rules) }
`,
}

// TestModulesAgainstTerraform evaluates the configuration above with
// soc2lint and with the real Terraform, and requires equal root outputs.
func TestModulesAgainstTerraform(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not installed")
	}
	if testing.Short() {
		t.Skip("differential test skipped in -short mode")
	}
	dir := t.TempDir()
	for name, src := range diffModules {
		if name == "main.tf" {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := runTerraform(t, tf, dir, diffModules["main.tf"])

	p := &Project{Modules: map[string]*Module{}}
	for name, src := range diffModules {
		d := filepath.ToSlash(filepath.Dir("root/" + name))
		f, diags := ParseFile(parser.Source{Path: "root/" + name, Bytes: []byte(src)})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		p.Modules[d] = &Module{Dir: d, Files: []*File{f}}
	}
	run := &rootRun{project: p, root: "root"}
	run.maxInstances, run.maxDepth = p.limits()
	ev := newEvaluator(run, p.Modules["root"], "", nil)
	ev.rootVariables()
	ev.evaluate()
	if run.diags.HasErrors() {
		t.Fatalf("our evaluation: %v", run.diags)
	}
	got := ev.outputs()
	if len(want) != 8 {
		t.Fatalf("terraform planned %d outputs, want 8", len(want))
	}
	for name, w := range want {
		v := got.GetAttr(name)
		v, _ = v.UnmarkDeep()
		if !v.IsWhollyKnown() {
			t.Errorf("output %s: ours is unknown, terraform's is %s", name, w.Value)
			continue
		}
		ours, err := ctyjson.Marshal(v, v.Type())
		if err != nil {
			t.Fatalf("output %s: %v", name, err)
		}
		a, err1 := canonicalJSON(ours)
		b, err2 := canonicalJSON(w.Value)
		if name == "inner_ports" {
			t.Logf("inner_ports: ours %s, terraform %s", ours, w.Value)
		}
		if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("output %s:\n ours      %s\n terraform %s", name, ours, w.Value)
		}
	}
}
