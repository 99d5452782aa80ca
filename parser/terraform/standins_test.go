package terraform

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// TestStandInsParse checks that every stand-in parses and declares
// nothing wrong: a broken stand-in would silently evaluate to nothing.
func TestStandInsParse(t *testing.T) {
	for _, m := range standin.All() {
		mod := (&Project{}).standIn(m)
		for _, f := range mod.Files {
			if f.Broken {
				t.Errorf("%s: syntax errors", f.Path)
			}
		}
		if ds := mod.declarations().diags; len(ds) > 0 {
			t.Errorf("%s: %v", m.Source, ds)
		}
		if len(mod.declarations().calls) > 0 {
			t.Errorf("%s: a stand-in calls no module", m.Source)
		}
	}
}

// TestStandInUnmodeledOutput checks that an output a stand-in does not
// model is unknown with a reason that says so, with and without count,
// while a modeled one keeps its own reason.
func TestStandInUnmodeledOutput(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
  cidr    = "10.0.0.0/16"
}
module "spokes" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"
  count   = 2
}
resource "aws_db_subnet_group" "a" {
  subnet_ids = module.vpc.private_subnets
  name       = module.spokes[1].database_subnet_group_name
  tags       = { cidr = module.vpc.vpc_cidr_block }
}
`})
	r := find(rs, "aws_db_subnet_group.a")
	if r == nil {
		t.Fatal("no aws_db_subnet_group.a")
	}
	for attr, want := range map[string]string{
		"subnet_ids": "output private_subnets of module.vpc is not modeled by soc2lint's stand-in for terraform-aws-modules/vpc/aws v5-v6; run terraform init",
		"name":       "output database_subnet_group_name of module.spokes is not modeled by soc2lint's stand-in for terraform-aws-modules/vpc/aws v5-v6; run terraform init",
	} {
		v := r.Body.Get(attr)
		if v.IsKnown() || v.Why() != want {
			t.Errorf("%s = %v (%q), want unknown: %s", attr, v.Kind, v.Why(), want)
		}
	}
	if s, _ := r.Body.Path("tags", "cidr").AsString(); s != "10.0.0.0/16" {
		t.Errorf("modeled output vpc_cidr_block = %q, want 10.0.0.0/16", s)
	}
}
