package terraform

import (
	"runtime"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestRootFreedAfterEvaluation checks that a Project keeps nothing of a
// root module once it is evaluated and its results are dropped: a scan
// evaluates hundreds of roots with one Project, and whatever the Project
// holds on to from each (once, the function table's report function held
// the root's evaluator, and with it every value of the root) adds up.
func TestRootFreedAfterEvaluation(t *testing.T) {
	tests := []struct {
		name  string
		files func(dir string) FileScope
	}{
		{"without file functions", nil},
		{"with file functions", func(dir string) FileScope { return FileScope{Dir: t.TempDir(), Root: t.TempDir()} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `
locals { names = ["a", "b"] }
resource "aws_s3_bucket" "b" {
  for_each = toset(local.names)
  bucket   = "bucket-${each.key}"
}
module "child" {
  source = "./child"
  name   = local.names[0]
}
`
			child := `
variable "name" {}
resource "aws_sqs_queue" "q" { name = var.name }
output "arn" { value = aws_sqs_queue.q.arn }
`
			p := &Project{Modules: map[string]*Module{
				"root":       moduleOf(t, "root", src),
				"root/child": moduleOf(t, "root/child", child),
			}, Files: tt.files}
			freed := make(chan struct{}, 1)
			func() {
				rs, _ := p.EvaluateRoot("root")
				if len(rs) == 0 {
					t.Fatal("no resources evaluated")
				}
				runtime.AddCleanup(rs[0], func(ch chan struct{}) { ch <- struct{}{} }, freed)
			}()
			for i := 0; i < 20; i++ {
				runtime.GC()
				select {
				case <-freed:
					runtime.KeepAlive(p)
					return
				default:
					runtime.Gosched()
				}
			}
			runtime.KeepAlive(p)
			t.Fatal("a resource of the evaluated root is still reachable from the project")
		})
	}
}

func moduleOf(t *testing.T, dir, src string) *Module {
	t.Helper()
	f, diags := ParseFile(parser.Source{Path: dir + "/main.tf", Bytes: []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("parse %s: %v", dir, diags)
	}
	return &Module{Dir: dir, Files: []*File{f}}
}
