package terraform

import (
	"slices"
	"testing"
)

// TestAtCallBeforeEachModuleCall: Project.AtCall is called with the root's
// directory at every module call the root's evaluation reaches, nested
// ones included, and what it evaluates does not depend on it.
func TestAtCallBeforeEachModuleCall(t *testing.T) {
	root := `
module "a" { source = "./a" }
module "b" {
  source = "./a"
  count  = 2
}
`
	a := `
module "leaf" { source = "../leaf" }
resource "aws_sqs_queue" "q" { name = "q" }
`
	leaf := `resource "aws_sns_topic" "t" { name = "t" }`
	project := func() *Project {
		return &Project{Modules: map[string]*Module{
			"root":      moduleOf(t, "root", root),
			"root/a":    moduleOf(t, "root/a", a),
			"root/leaf": moduleOf(t, "root/leaf", leaf),
		}}
	}
	var calls []string
	p := project()
	p.AtCall = func(dir string) { calls = append(calls, dir) }
	rs, _ := p.EvaluateRoot("root")
	// module.a, module.b (one call, two instances), and module.leaf in
	// each of the three instances of ./a.
	if want := []string{"root", "root", "root", "root", "root"}; !slices.Equal(calls, want) {
		t.Errorf("AtCall called with %q, want %q", calls, want)
	}
	plain, _ := project().EvaluateRoot("root")
	if len(rs) != len(plain) {
		t.Errorf("%d nodes with AtCall, %d without", len(rs), len(plain))
	}
}
