package sarif

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func FuzzWrite(f *testing.F) {
	f.Add("infra/main.tf", "aws_s3_bucket.logs", "aws_s3_bucket.logs is public", "SOC2-AWS-001", "v1.2.3",
		"vars.tf", "default here", "Unclosed block", 3, 5, 3, 9, 4)
	f.Add("my dir/héllo 日本.tf", "", "", "R", "(devel)", "", "", "", 0, 0, 0, 0, 0)
	f.Add("/abs/x.tf", "Logs", "✗ <b>&</b>", "a b", "1.0.0-rc.1+x", "C:/w/x.tf", "", "e", -1, -5, -1, -1, 9)
	f.Add("a:b/%41#?.tf", "x", "\u2028\x00\xff", "ID", "", "./r.tf", "\n", "", 1<<31, 1<<62, -(1 << 62), 7, -3)
	f.Fuzz(func(t *testing.T, file, address, msg, ruleID, version, relFile, relMsg, diag string, line, col, endLine, endCol, sev int) {
		rule := &engine.Rule{
			ID: ruleID, Name: address, Title: msg, Severity: engine.Severity(sev % 6),
			Description: relMsg, Remediation: engine.Remediation{Summary: msg, Terraform: relMsg, CloudFormation: msg},
			Checklist: []string{address, address, diag}, SOC2: []string{diag}, Provider: diag,
			Links: []string{relFile, file}, Precision: "high",
		}
		res := &parser.Resource{Address: address, Name: msg, Range: parser.Range{File: relFile, Start: parser.Pos{Line: int32(endLine)}}}
		r := parser.Range{File: file, Start: parser.Pos{Line: int32(line), Column: int32(col)}, End: parser.Pos{Line: int32(endLine), Column: int32(endCol)}}
		rel := parser.Range{File: relFile, Start: parser.Pos{Line: int32(endLine), Column: int32(endCol)}, End: parser.Pos{Line: int32(line), Column: int32(col)}}
		run := Run{
			ToolVersion: version,
			Rules:       []*engine.Rule{rule, {ID: "OTHER", Severity: engine.Critical}},
			Findings: []engine.Finding{
				{Rule: rule, Resource: res, Range: r, Message: msg, Related: []engine.Related{{Range: rel, Message: relMsg}, {Range: r}}},
				{Rule: rule, Resource: res, Range: r, Message: msg},
				{Rule: &engine.Rule{ID: ruleID + "x"}, Range: rel, Message: address},
			},
			Diagnostics: parser.Diagnostics{
				{Severity: parser.Severity(diag), Summary: diag, Detail: msg, Range: r},
				{Severity: parser.SevError, Summary: msg, Range: rel},
			},
			Suppressed: []engine.Suppressed{
				{Finding: engine.Finding{Rule: rule, Resource: res, Range: rel, Message: relMsg}, By: &engine.Suppression{Kind: "comment", Reason: msg, Range: r}},
			},
			SourceRoot: relFile,
		}
		var buf bytes.Buffer
		err := Write(&buf, run)
		if ruleID == "" {
			if err == nil {
				t.Fatal("Write accepted a rule without an ID")
			}
			return
		}
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		out := buf.Bytes()
		if !json.Valid(out) {
			t.Fatalf("invalid JSON:\n%s", out)
		}
		var again bytes.Buffer
		twice := run
		twice.Workers = 3
		if err := Write(&again, twice); err != nil || !bytes.Equal(out, again.Bytes()) {
			t.Fatalf("second write differs (err %v)", err)
		}
		if whole, err := wholeLog(run); err != nil || !bytes.Equal(out, whole) {
			t.Fatalf("log written a result at a time differs from the whole log (err %v):\n%s\n----\n%s", err, out, whole)
		}
		if sch, err := sarifSchema(); err != nil {
			t.Fatal(err)
		} else if sch != nil {
			if err := validateSchema(sch, out); err != nil {
				t.Fatalf("not valid SARIF 2.1.0: %v\n%s", err, out)
			}
		}
		log := decode(t, out)
		walk("$", log, func(path string, v any) {
			if n, ok := v.(float64); ok && (n < 0 || n > maxPos) {
				t.Fatalf("%s = %v is out of range", path, n)
			}
		})
		rules := driverRules(log)
		for i, res := range results(log) {
			idx := int(res["ruleIndex"].(float64))
			if idx >= len(rules) || rules[idx]["id"] != res["ruleId"] {
				t.Fatalf("result %d: ruleIndex %d does not point at %v", i, idx, res["ruleId"])
			}
			text := res["message"].(map[string]any)["text"].(string)
			if text == "" {
				t.Fatalf("result %d: empty message", i)
			}
			if addr := strings.ToValidUTF8(address, "\uFFFD"); i < 2 && addr != "" && !strings.Contains(text, addr) {
				t.Fatalf("result %d: message %q does not name %q", i, text, address)
			}
		}
	})
}
