package terraform

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/soc2lint/soc2lint/parser"
)

// fidelityCases are fixture directories under testdata/eval whose root
// module needs no provider but terraform_data: Terraform plans them
// offline, and its root outputs and resource addresses must equal ours.
var fidelityCases = []string{"override", "nullable", "blocks", "module_outputs", "conditions"}

// TestFidelityAgainstTerraform plans each case with the real Terraform and
// compares every root output and the set of planned resources with our
// evaluation.
func TestFidelityAgainstTerraform(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not installed")
	}
	if testing.Short() {
		t.Skip("differential test skipped in -short mode")
	}
	for _, name := range fidelityCases {
		t.Run(name, func(t *testing.T) {
			src := filepath.Join("..", "..", "testdata", "eval", name)
			dir := t.TempDir()
			copyTree(t, src, dir)
			want := planTerraform(t, tf, dir)
			p, ev := evaluateFixture(t, src)
			got := ev.outputs()
			if len(want.outputs) == 0 {
				t.Fatal("terraform planned no outputs")
			}
			for out, w := range want.outputs {
				v, _ := got.GetAttr(out).UnmarkDeep()
				if !v.IsWhollyKnown() {
					t.Errorf("output %s: ours is unknown, terraform's is %s", out, w.Value)
					continue
				}
				ours, err := ctyjson.Marshal(v, v.Type())
				if err != nil {
					t.Fatalf("output %s: %v", out, err)
				}
				a, err1 := canonicalJSON(ours)
				b, err2 := canonicalJSON(w.Value)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
					t.Errorf("output %s:\n ours      %s\n terraform %s", out, ours, w.Value)
				}
			}
			var addrs []string
			for _, r := range p.run.resources {
				if r.Kind == "" {
					addrs = append(addrs, r.Address)
				}
			}
			sort.Strings(addrs)
			if !reflect.DeepEqual(addrs, want.resources) {
				t.Errorf("resources:\n ours      %v\n terraform %v", addrs, want.resources)
			}
		})
	}
}

// fixtureRun is our evaluation of a fixture's root module.
type fixtureRun struct{ run *rootRun }

// evaluateFixture reads every module directory under src (as Terraform
// would read them after init: local modules only) and evaluates the root.
func evaluateFixture(t *testing.T, src string) (fixtureRun, *evaluator) {
	t.Helper()
	p := &Project{Modules: map[string]*Module{}}
	err := filepath.WalkDir(src, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !IsConfigFile(d.Name()) {
			return err
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, file)
		name := path.Join("root", filepath.ToSlash(rel))
		f, diags := ParseFile(parser.Source{Path: name, Bytes: data})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		dir := path.Dir(name)
		if p.Modules[dir] == nil {
			p.Modules[dir] = &Module{Dir: dir}
		}
		p.Modules[dir].Files = append(p.Modules[dir].Files, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	run := &rootRun{project: p, root: "root"}
	run.maxInstances, run.maxDepth = p.limits()
	ev := newEvaluator(run, p.Modules["root"], "", nil)
	run.diags = append(run.diags, p.Modules["root"].declarations().diags...)
	ev.rootVariables()
	ev.evaluate()
	for _, d := range run.diags {
		if d.Severity != parser.SevNote {
			t.Errorf("our evaluation: %s", d.Error())
		}
	}
	return fixtureRun{run: run}, ev
}

// terraformPlan is what Terraform planned: root outputs, and the
// addresses of every resource instance, sorted.
type terraformPlan struct {
	outputs   map[string]tfOutput
	resources []string
}

// planTerraform runs terraform init and plan in dir, offline, and reads
// the plan.
func planTerraform(t *testing.T, tf, dir string) terraformPlan {
	t.Helper()
	work := t.TempDir()
	rc := filepath.Join(work, "terraformrc")
	if err := os.WriteFile(rc, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_") {
			env = append(env, kv)
		}
	}
	env = append(env, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		"TF_CLI_CONFIG_FILE="+rc, "TF_DATA_DIR="+filepath.Join(work, "data"),
		// Only the built-in terraform provider is used; any attempt to
		// reach the network fails at once.
		"HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9", "NO_PROXY=")
	run := func(args ...string) []byte {
		cmd := exec.Command(tf, args...)
		cmd.Dir = dir
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s\n%s", strings.Join(args, " "), err, out, stderr.String())
		}
		return out
	}
	plan := filepath.Join(work, "plan")
	run("init", "-backend=false", "-input=false", "-no-color")
	run("plan", "-input=false", "-lock=false", "-refresh=false", "-no-color", "-out="+plan)
	type module struct {
		Resources []struct {
			Address string `json:"address"`
		} `json:"resources"`
		ChildModules []json.RawMessage `json:"child_modules"`
	}
	var shown struct {
		PlannedValues struct {
			Outputs    map[string]tfOutput `json:"outputs"`
			RootModule json.RawMessage     `json:"root_module"`
		} `json:"planned_values"`
	}
	if err := json.Unmarshal(run("show", "-json", "-no-color", plan), &shown); err != nil {
		t.Fatal(err)
	}
	out := terraformPlan{outputs: shown.PlannedValues.Outputs}
	var walk func(raw json.RawMessage)
	walk = func(raw json.RawMessage) {
		var m module
		if json.Unmarshal(raw, &m) != nil {
			return
		}
		for _, r := range m.Resources {
			out.resources = append(out.resources, r.Address)
		}
		for _, c := range m.ChildModules {
			walk(c)
		}
	}
	walk(shown.PlannedValues.RootModule)
	sort.Strings(out.resources)
	return out
}

// TestOverrideMerge checks the merge rules that Terraform's built-in
// provider cannot show: nested blocks of a kind replace all of the
// original's blocks of that kind, other kinds stay, and JSON arguments
// replace native blocks of the same name.
func TestOverrideMerge(t *testing.T) {
	files := map[string]string{
		"m/main.tf": `
resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 3389
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    cidr_blocks = ["0.0.0.0/0"]
  }
  tags = { a = "1" }
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
  versioning {
    enabled = false
  }
}

provider "aws" {
  alias  = "dr"
  region = "us-east-1"
}
`,
		"m/main_override.tf": `
resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    cidr_blocks = ["10.20.0.0/16"]
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-1"
}
`,
		"m/override.tf.json": `{"resource": {"aws_s3_bucket": {"b": {"versioning": {"enabled": true}}}}}`,
	}
	m := &Module{Dir: "m"}
	for _, name := range sortedKeys(files) {
		f, diags := ParseFile(parser.Source{Path: name, Bytes: []byte(files[name])})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		m.Files = append(m.Files, f)
	}
	rs, diags := m.Resources(Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	byAddr := map[string]*parser.Resource{}
	for _, r := range rs {
		byAddr[r.Address] = r
	}
	sg := byAddr["aws_security_group.ssh"]
	if sg == nil {
		t.Fatal("no aws_security_group.ssh")
	}
	ingress := sg.Body.Get("ingress").Items()
	if len(ingress) != 1 {
		t.Fatalf("ingress: %d blocks, want the override's 1", len(ingress))
	}
	if c := ingress[0].Get("cidr_blocks").Items(); len(c) != 1 || c[0].Str != "10.20.0.0/16" {
		t.Errorf("ingress cidr_blocks = %v, want the override's", c)
	} else if c[0].Range.File != "m/main_override.tf" {
		t.Errorf("the override's value points at %s, want m/main_override.tf", c[0].Range.File)
	}
	if len(sg.Body.Get("egress").Items()) != 1 || sg.Body.Get("name").Str != "ssh" || sg.Body.Get("tags").Get("a") == nil {
		t.Errorf("what the override does not write must stay: %v", sg.Body.Keys())
	}
	if sg.Range.File != "m/main.tf" {
		t.Errorf("the resource points at %s, want the original block", sg.Range)
	}
	b := byAddr["aws_s3_bucket.b"]
	if v := b.Body.Path("versioning"); v == nil || len(v.Items()) != 1 || !v.Items()[0].Get("enabled").IsTrue() {
		t.Errorf("versioning = %+v, want the JSON override's enabled = true", v)
	}
	prov := byAddr["provider.aws.dr"]
	if prov == nil || prov.Body.Get("region").Str != "eu-west-1" {
		t.Errorf("provider.aws.dr region: want the override's eu-west-1, got %+v", prov)
	}
}

// TestOverrideWithoutOriginal: Terraform rejects an override block with
// nothing to override; we note it and ignore it.
func TestOverrideWithoutOriginal(t *testing.T) {
	m := &Module{Dir: "m"}
	for name, src := range map[string]string{
		"m/main.tf":     `resource "aws_s3_bucket" "a" {}`,
		"m/override.tf": `resource "aws_s3_bucket" "b" { acl = "public-read" }`,
	} {
		f, _ := ParseFile(parser.Source{Path: name, Bytes: []byte(src)})
		m.Files = append(m.Files, f)
	}
	rs, diags := m.Resources(Options{})
	if len(rs) != 1 || rs[0].Address != "aws_s3_bucket.a" {
		t.Errorf("resources: %v, want only aws_s3_bucket.a", rs)
	}
	if len(diags) != 1 || diags[0].Summary != "override without a block to override" {
		t.Errorf("diagnostics: %v", diags)
	}
}

func TestIsOverrideFile(t *testing.T) {
	for name, want := range map[string]bool{
		"override.tf": true, "override.tf.json": true, "a_override.tf": true, "dir/x_override.tf.json": true,
		"main.tf": false, "overrides.tf": false, "myoverride.tf": false, "override.tfvars": false, "override.json": false,
	} {
		if got := IsOverrideFile(name); got != want {
			t.Errorf("IsOverrideFile(%q) = %t, want %t", name, got, want)
		}
	}
}

// TestResourceProvider checks which provider configuration each resource
// uses: its provider argument, what a module call passes, what a child
// inherits without providers, and a child's own provider block.
func TestResourceProvider(t *testing.T) {
	files := map[string]string{
		"root/main.tf": `
provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "dr"
  region = "us-east-1"
}
resource "aws_s3_bucket" "main" {}
resource "aws_s3_bucket" "dr" { provider = aws.dr }
data "aws_caller_identity" "dr" { provider = aws.dr }
resource "google_storage_bucket" "g" {}
module "passed" {
  source    = "./child"
  providers = { aws = aws.dr, aws.src = aws }
}
module "inherited" { source = "./child" }
module "own" { source = "./own" }
`,
		"root/child/main.tf": `
resource "aws_s3_bucket" "b" {}
resource "aws_s3_bucket" "src" { provider = aws.src }
`,
		"root/own/main.tf": `
provider "aws" { region = "ap-south-1" }
resource "aws_s3_bucket" "b" {}
`,
		"root/json.tf.json": `{"resource": {"aws_sqs_queue": {"q": {"provider": "aws.dr"}}}}`,
	}
	p := &Project{Modules: map[string]*Module{}}
	for _, name := range sortedKeys(files) {
		f, diags := ParseFile(parser.Source{Path: name, Bytes: []byte(files[name])})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		dir := path.Dir(name)
		if p.Modules[dir] == nil {
			p.Modules[dir] = &Module{Dir: dir}
		}
		p.Modules[dir].Files = append(p.Modules[dir].Files, f)
	}
	rs, _ := p.EvaluateRoot("root")
	got := map[string]string{}
	for _, r := range rs {
		if r.Kind == "" {
			got[r.Address] = r.Provider
		}
	}
	want := map[string]string{
		"aws_s3_bucket.main":                 "provider.aws",
		"aws_s3_bucket.dr":                   "provider.aws.dr",
		"data.aws_caller_identity.dr":        "provider.aws.dr",
		"aws_sqs_queue.q":                    "provider.aws.dr",
		"google_storage_bucket.g":            "provider.google",
		"module.passed.aws_s3_bucket.b":      "provider.aws.dr",
		"module.passed.aws_s3_bucket.src":    "provider.aws",
		"module.inherited.aws_s3_bucket.b":   "provider.aws",
		"module.inherited.aws_s3_bucket.src": "provider.aws.src",
		"module.own.aws_s3_bucket.b":         "module.own.provider.aws",
	}
	if !reflect.DeepEqual(got, want) {
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%s uses %q, want %q", k, got[k], want[k])
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("unexpected resource %s", k)
			}
		}
	}
}

// TestPartlyKnownTemplates: a template with unknown interpolations keeps
// its known text, also through a local; list elements stay separate.
func TestPartlyKnownTemplates(t *testing.T) {
	src := `
data "aws_partition" "current" {}
variable "sub" { type = string }
variable "x" {}
locals {
  arn    = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
  prefix = "arn:${data.aws_partition.current.partition}"
}
resource "r" "a" {
  direct  = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
  local   = local.arn
  spliced = "${local.prefix}:iam::aws:policy/X"
  scope   = "/subscriptions/${var.sub}"
  middle  = "a-${var.sub}-${upper("b")}-${var.sub}"
  known   = "${upper("a")}-b"
  whole   = "${var.sub}"
  list    = ["0.0.0.0/0", var.x]
}
`
	f, diags := ParseFile(parser.Source{Path: "m/main.tf", Bytes: []byte(src)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	rs, _ := (&Module{Dir: "m", Files: []*File{f}}).Resources(Options{})
	var body *parser.Value
	for _, r := range rs {
		if r.Address == "r.a" {
			body = r.Body
		}
	}
	if body == nil {
		t.Fatal("no r.a")
	}
	tests := map[string][]string{
		"direct":  {"arn:", ":iam::aws:policy/AdministratorAccess"},
		"local":   {"arn:", ":iam::aws:policy/AdministratorAccess"},
		"spliced": {"arn:", ":iam::aws:policy/X"},
		"scope":   {"/subscriptions/", ""},
		"middle":  {"a-", "-B-", ""},
		"known":   nil,
		"whole":   nil,
	}
	for name, want := range tests {
		if got := body.Get(name).KnownParts(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: parts %q, want %q", name, got, want)
		}
	}
	if s, _ := body.Get("known").AsString(); s != "A-b" {
		t.Errorf("known = %q", s)
	}
	list := body.Get("list")
	if list.Kind != parser.List || len(list.Elems) != 2 || list.Elems[0].Str != "0.0.0.0/0" || list.Elems[1].IsKnown() {
		t.Errorf("list = %+v, want the known element kept beside the unknown one", list)
	}
}

// TestWorkspace: terraform.workspace is "default", or the workspace
// TF_WORKSPACE selects.
func TestWorkspace(t *testing.T) {
	src := `resource "aws_s3_bucket" "b" { bucket = "logs-${terraform.workspace}" }`
	for _, tt := range []struct{ workspace, want string }{{"", "logs-default"}, {"staging", "logs-staging"}} {
		f, _ := ParseFile(parser.Source{Path: "m/main.tf", Bytes: []byte(src)})
		rs, _ := (&Module{Dir: "m", Files: []*File{f}}).Resources(Options{Workspace: tt.workspace})
		if len(rs) != 1 || rs[0].Body.Get("bucket").Str != tt.want {
			t.Errorf("workspace %q: %v, want bucket %q", tt.workspace, rs, tt.want)
		}
	}
}
