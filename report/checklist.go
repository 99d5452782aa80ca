package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// ChecklistItem is one question of the SOC 2 pre-audit checklist, as the
// report needs it.
type ChecklistItem struct {
	ID, Question string
	Criteria     []string
	Static       string
}

// ItemStatus is the answer the scan gives to one checklist item.
type ItemStatus string

// Checklist answers.
const (
	// Fail: findings at or above any severity.
	Fail ItemStatus = "fail"
	// Pass: the rules examined resources and found nothing.
	Pass ItemStatus = "pass"
	// NoEvidence: the rules found nothing to examine, or an account-level
	// control is not declared in the scanned code.
	NoEvidence ItemStatus = "no evidence"
	// NotAssessed: no rule covers the item yet.
	NotAssessed ItemStatus = "not assessed"
	// PartiallyAssessed: no findings, but a rule could not decide some
	// resources because a value it needs is unknown.
	PartiallyAssessed ItemStatus = "partially assessed"
)

// ItemAnswer is the report line of one item.
type ItemAnswer struct {
	Item     ChecklistItem
	Status   ItemStatus
	Rules    []string
	Findings int
	// Examined counts the resources the item's rules examined, once per
	// rule: the evidence behind a pass.
	Examined int
	// Exceptions counts findings silenced by ignores: accepted risks the
	// auditor will ask about.
	Exceptions int
	// Undecided counts the resources the item's rules could not decide.
	Undecided int
	Notes     []string
	// NotConfigured says which rules of the item need a setting to run.
	NotConfigured []string
}

// AnswerChecklist answers every checklist item from a scan.
func AnswerChecklist(items []ChecklistItem, rules []*engine.Rule, res *engine.Result) []ItemAnswer {
	var out []ItemAnswer
	for _, it := range items {
		a := ItemAnswer{Item: it}
		inspected := 0
		configured := 0
		for _, r := range rules {
			if !contains(r.Checklist, it.ID) {
				continue
			}
			a.Rules = append(a.Rules, r.ID)
			if why, ok := res.Evidence.Unconfigured[r.ID]; ok {
				a.NotConfigured = appendNew(a.NotConfigured, r.ID+": "+why)
				continue
			}
			configured++
			inspected += res.Evidence.Inspected[r.ID]
			for _, u := range res.Evidence.Undecided {
				if u.Rule == r {
					a.Undecided++
				}
			}
			for _, f := range res.Findings {
				if f.Rule == r {
					a.Findings++
				}
			}
			for _, sf := range res.Suppressed {
				if sf.Finding.Rule == r {
					a.Exceptions++
				}
			}
			for _, m := range res.Evidence.Missing {
				if m.Rule == r {
					a.Notes = append(a.Notes, m.Message)
				}
			}
		}
		a.Examined = inspected
		switch {
		case len(a.Rules) == 0 || configured == 0:
			a.Status = NotAssessed
		case a.Findings > 0:
			a.Status = Fail
		case inspected == 0 || len(a.Notes) > 0:
			a.Status = NoEvidence
		case a.Undecided > 0:
			a.Status = PartiallyAssessed
		default:
			a.Status = Pass
		}
		sort.Strings(a.Notes)
		out = append(out, a)
	}
	return out
}

// WriteChecklist writes the SOC 2 checklist report as Markdown: one row
// per item with its answer, the rules that gave evidence and the findings.
func WriteChecklist(w io.Writer, items []ChecklistItem, rules []*engine.Rule, res *engine.Result) error {
	bw := bufio.NewWriter(w)
	answers := AnswerChecklist(items, rules, res)
	counts := map[ItemStatus]int{}
	for _, a := range answers {
		counts[a.Status]++
	}
	fmt.Fprintf(bw, "# SOC 2 pre-audit checklist\n\n%d files scanned: %d pass, %d fail, ", res.FilesScanned, counts[Pass], counts[Fail])
	if n := counts[PartiallyAssessed]; n > 0 {
		fmt.Fprintf(bw, "%d partially assessed, ", n)
	}
	fmt.Fprintf(bw, "%d no evidence, %d not assessed.\n\n", counts[NoEvidence], counts[NotAssessed])
	bw.WriteString("| Item | Question | Criteria | Answer | Resource checks | Findings | Exceptions | Rules |\n|---|---|---|---|---|---|---|---|\n")
	for _, a := range answers {
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %d | %d | %d | %s |\n", a.Item.ID, a.Item.Question,
			strings.Join(a.Item.Criteria, ", "), a.Status, a.Examined, a.Findings, a.Exceptions, strings.Join(a.Rules, ", "))
	}
	var notes []string
	for _, a := range answers {
		for _, n := range a.Notes {
			notes = append(notes, fmt.Sprintf("- %s: %s", a.Item.ID, n))
		}
	}
	var unconfigured []string
	for _, a := range answers {
		for _, n := range a.NotConfigured {
			unconfigured = append(unconfigured, fmt.Sprintf("- %s: %s", a.Item.ID, n))
		}
	}
	if len(unconfigured) > 0 {
		bw.WriteString("\n## Not assessed until configured\n\nRules that need a setting in `.soc2lint.yaml` to answer their item.\n\n")
		bw.WriteString(strings.Join(unconfigured, "\n") + "\n")
	}
	if len(notes) > 0 {
		bw.WriteString("\n## No evidence in the scanned code\n\nAccount-level controls that no scanned root module or template declares. They may exist elsewhere (another repository, the console); `--account-baseline` makes them findings.\n\n")
		bw.WriteString(strings.Join(notes, "\n") + "\n")
	}
	if undecided := res.Evidence.Undecided; len(undecided) > 0 {
		bw.WriteString("\n## Partially assessed\n\nResources a rule could not decide because a value it needs is not known statically (a variable without a value, a computed attribute). Give the value (`--var`, `--var-file`, `--cfn-parameters`) or check these by hand.\n\n")
		for _, u := range undecided {
			fmt.Fprintf(bw, "- %s `%s:%d` %s\n", strings.Join(u.Rule.Checklist, ", "), u.Range.File, u.Range.Start.Line, u.Text())
		}
	}
	if len(res.Findings) > 0 {
		bw.WriteString("\n## Findings\n\n")
		for _, f := range res.Findings {
			fmt.Fprintf(bw, "- **%s** %s `%s:%d` %s\n", strings.ToUpper(f.Rule.Severity.String()), f.Rule.ID, f.Range.File, f.Range.Start.Line, f.Text())
		}
	}
	if len(res.Suppressed) > 0 {
		bw.WriteString("\n## Accepted exceptions\n\nFindings silenced by `soc2lint:ignore` comments or CloudFormation Metadata, with the reason given.\n\n")
		for _, sf := range res.Suppressed {
			f, by := sf.Finding, sf.By
			reason := by.Reason
			if reason == "" {
				reason = "(no reason given)"
			}
			until := ""
			if by.Until != "" {
				until = " (until " + by.Until + ")"
			}
			fmt.Fprintf(bw, "- **%s** %s `%s:%d` %s: %s%s\n", strings.ToUpper(f.Rule.Severity.String()), f.Rule.ID, f.Range.File, f.Range.Start.Line, f.Text(), reason, until)
		}
	}
	return bw.Flush()
}

func appendNew(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}
