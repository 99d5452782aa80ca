package report

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

var openRule = &engine.Rule{ID: "AWS-001", Title: "Open port", Severity: engine.Critical, Checklist: []string{"NET-1"},
	SOC2: []string{"CC6.6"}, Remediation: engine.Remediation{Summary: "Close it."},
	Check: func(p *engine.Pass) {
		for _, r := range p.ResourcesOfType("aws_security_group") {
			for _, in := range r.Body.Get("ingress").Items() {
				for _, c := range in.Get("cidr_blocks").Items() {
					if c.Str == "0.0.0.0/0" {
						p.Report(r, c, "%s is open", r.Address)
					}
				}
			}
		}
	}}

var trailRule = &engine.Rule{ID: "AWS-015", Title: "No trail", Severity: engine.High, Checklist: []string{"LOG-1"},
	SOC2: []string{"CC7.2"}, Check: func(p *engine.Pass) {
		for _, root := range p.Roots() {
			p.ReportMissing(root, "no CloudTrail trail in %s", root.Name)
		}
	}}

func scan(t *testing.T) *engine.Result {
	t.Helper()
	dir := filepath.Join("..", "testdata", "eval", "tfvars")
	res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{openRule, trailRule}, KeepGraph: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestText(t *testing.T) {
	res := scan(t)
	var plain, color bytes.Buffer
	if err := WriteText(&plain, res, TextOptions{Context: 1}); err != nil {
		t.Fatal(err)
	}
	WriteText(&color, res, TextOptions{Context: 1, Color: true})
	out := plain.String()
	for _, want := range []string{
		"CRITICAL AWS-001 Open port",
		"kept/main.tf:16:19  aws_security_group.bastion",
		"> 16 |     cidr_blocks = var.ssh_cidrs",
		"from var.ssh_cidrs default (../testdata/eval/tfvars/kept/main.tf:3)",
		"fix: Close it.",
		"2 findings: 2 critical, 0 high, 0 medium, 0 low",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") || !strings.Contains(color.String(), "\x1b[") {
		t.Error("colour only when asked")
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, scan(t), "1.2.3"); err != nil {
		t.Fatal(err)
	}
	var doc JSONOutput
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.SchemaVersion != JSONSchemaVersion || doc.Tool.Version != "1.2.3" || len(doc.Findings) != 2 || doc.Summary.Critical != 2 {
		t.Fatalf("unexpected document: %+v", doc)
	}
	f := doc.Findings[0]
	if f.Rule != "AWS-001" || f.Resource != "aws_security_group.bastion" || len(f.Evidence) != 1 || f.Checklist[0] != "NET-1" {
		t.Errorf("finding: %+v", f)
	}
}

func TestChecklist(t *testing.T) {
	res := scan(t)
	items := []ChecklistItem{{ID: "NET-1", Question: "Open ports?"}, {ID: "LOG-1", Question: "Trail?"}, {ID: "IAM-1", Question: "MFA?"}}
	answers := AnswerChecklist(items, []*engine.Rule{openRule, trailRule}, res)
	want := []ItemStatus{Fail, NoEvidence, NotAssessed}
	for i, a := range answers {
		if a.Status != want[i] {
			t.Errorf("%s: %s, want %s", a.Item.ID, a.Status, want[i])
		}
	}
	var buf bytes.Buffer
	WriteChecklist(&buf, items, []*engine.Rule{openRule, trailRule}, res)
	if !strings.Contains(buf.String(), "| NET-1 | Open ports? |") || !strings.Contains(buf.String(), "no CloudTrail trail") {
		t.Errorf("checklist:\n%s", buf.String())
	}
}

func TestChecklistPass(t *testing.T) {
	res := &engine.Result{Evidence: engine.Evidence{Inspected: map[string]int{"AWS-001": 3}}}
	a := AnswerChecklist([]ChecklistItem{{ID: "NET-1"}}, []*engine.Rule{openRule}, res)
	if a[0].Status != Pass || a[0].Examined != 3 {
		t.Errorf("examined resources with no finding must pass, got %s after %d checks", a[0].Status, a[0].Examined)
	}
}

func TestChecklistNotConfigured(t *testing.T) {
	tagRule := &engine.Rule{ID: "AWS-050", Checklist: []string{"LOG-4"}}
	items := []ChecklistItem{{ID: "NET-1"}, {ID: "LOG-4"}}
	res := &engine.Result{Evidence: engine.Evidence{
		Inspected:    map[string]int{"AWS-001": 3},
		Unconfigured: map[string]string{"AWS-050": "no required-tags"},
	}}
	a := AnswerChecklist(items, []*engine.Rule{openRule, tagRule}, res)
	if a[0].Status != Pass || a[1].Status != NotAssessed || len(a[1].NotConfigured) != 1 {
		t.Errorf("answers %+v: want NET-1 pass and LOG-4 not assessed, with the reason", a)
	}
	var buf bytes.Buffer
	WriteChecklist(&buf, items, []*engine.Rule{openRule, tagRule}, res)
	if !strings.Contains(buf.String(), "## Not assessed until configured") || !strings.Contains(buf.String(), "- LOG-4: AWS-050: no required-tags") {
		t.Errorf("checklist:\n%s", buf.String())
	}
	// Configured, it is answered from the evidence like any item.
	res.Evidence.Unconfigured = nil
	res.Evidence.Inspected["AWS-050"] = 2
	if a := AnswerChecklist(items, []*engine.Rule{openRule, tagRule}, res); a[1].Status != Pass {
		t.Errorf("configured LOG-4: %s, want pass", a[1].Status)
	}
}

func TestGraphOutputs(t *testing.T) {
	res := scan(t)
	var dot, js bytes.Buffer
	if err := WriteDOT(&dot, res); err != nil {
		t.Fatal(err)
	}
	if err := WriteGraphJSON(&js, res); err != nil {
		t.Fatal(err)
	}
	d := dot.String()
	if !strings.HasPrefix(d, "digraph soc2lint {") || !strings.Contains(d, "AWS-001") || !strings.Contains(d, "#f8d0d0") ||
		!strings.Contains(d, `-> "`) {
		t.Errorf("dot:\n%s", d)
	}
	var g GraphJSON
	if err := json.Unmarshal(js.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, n := range g.Nodes {
		kinds[n.Kind]++
	}
	if kinds["resource"] != 2 || kinds["variable"] < 3 {
		t.Errorf("node kinds: %v", kinds)
	}
}

func TestQuoteDOT(t *testing.T) {
	if got := quote(`a"b\c` + "\n"); got != `"a\"b\\c\n"` {
		t.Errorf("quote = %s", got)
	}
}
