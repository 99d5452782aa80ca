package rules

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/soc2lint/soc2lint/engine"
)

// MarkdownTable renders the rule list that the README carries between its
// "rules:begin" and "rules:end" markers.
func MarkdownTable(rs []*engine.Rule) string {
	var b strings.Builder
	b.WriteString("| ID | Severity | Checklist | SOC 2 | Title |\n|---|---|---|---|---|\n")
	for _, r := range rs {
		title := r.Title
		if only := onlyIn(r); only != "" {
			title += " (" + only + ")"
		}
		fmt.Fprintf(&b, "| [%s](docs/rules/%s.md) | %s | %s | %s | %s |\n",
			r.ID, r.ID, r.Severity, strings.Join(r.Checklist, ", "), strings.Join(r.SOC2, ", "), title)
	}
	return b.String()
}

// Markdown renders the documentation page of one rule, docs/rules/<ID>.md.
func Markdown(r *engine.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!-- Generated from the rule's metadata by `go test ./rules -update`. Do not edit. -->\n")
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "| | |\n|---|---|\n| Name | `%s` |\n| Severity | %s |\n| Provider | %s |\n",
		r.Name, r.Severity, r.Provider)
	if only := onlyIn(r); only != "" {
		fmt.Fprintf(&b, "| Formats | %s |\n", only)
	}
	fmt.Fprintf(&b, "| Checklist | %s |\n| SOC 2 criteria | %s |\n| Precision | %s |\n\n",
		strings.Join(r.Checklist, ", "), strings.Join(r.SOC2, ", "), r.Precision)
	fmt.Fprintf(&b, "%s\n\n## Fix\n\n%s\n\n", r.Description, r.Remediation.Summary)
	if r.Remediation.Terraform != "" {
		fmt.Fprintf(&b, "### Terraform\n\n```hcl\n%s\n```\n\n", r.Remediation.Terraform)
	}
	if r.Remediation.CloudFormation != "" {
		fmt.Fprintf(&b, "### CloudFormation\n\n```yaml\n%s\n```\n\n", r.Remediation.CloudFormation)
	}
	if len(r.Aliases) > 0 {
		fmt.Fprintf(&b, "## Other scanners\n\nThe same check in other scanners (Trivy, tfsec, Checkov; docs/migration.md says which): %s. Their ignore comments for these ids silence this rule (see the README's migration note).\n\n",
			codeList(r.Aliases))
	}
	if len(r.Formerly) > 0 {
		fmt.Fprintf(&b, "## Formerly\n\nThis rule took over %s, whose concept it is (retired ids are never reused): soc2lint-ignore comments, baseline entries, `rules.disable`, `rules.severity`, `rules.options`, `paths` and `--only-rule`/`--skip-rule` naming the old id apply to this rule.\n\n",
			codeList(r.Formerly))
	}
	if len(r.Links) > 0 {
		b.WriteString("## Links\n\n")
		for _, l := range r.Links {
			fmt.Fprintf(&b, "- <%s>\n", l)
		}
	}
	return b.String()
}

func codeList(ids []string) string {
	quoted := make([]string, len(ids))
	for i, id := range ids {
		quoted[i] = "`" + id + "`"
	}
	return strings.Join(quoted, ", ")
}

//go:embed tfsec_ids.txt
var tfsecIDList string

// tfsecIDs is the set of check ids tfsec's last release knows
// (tfsec_ids.txt); an AVD or long id outside it is Trivy's alone.
var tfsecIDs = sync.OnceValue(func() map[string]bool {
	ids := map[string]bool{}
	for _, l := range strings.Split(tfsecIDList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			ids[l] = true
		}
	}
	return ids
})

// MigrationTable renders docs/migration.md: every Trivy, tfsec and Checkov
// id that maps to a soc2lint rule, sorted by id.
func MigrationTable(rs []*engine.Rule) string {
	type row struct{ alias, tool, rule, title string }
	var rows []row
	for _, r := range rs {
		for _, a := range r.Aliases {
			tool := "Trivy"
			switch {
			case strings.HasPrefix(a, "CKV"):
				tool = "Checkov"
			case tfsecIDs()[a]:
				tool = "Trivy, tfsec"
			}
			rows = append(rows, row{a, tool, r.ID, r.Title})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].tool != rows[j].tool {
			return rows[i].tool > rows[j].tool
		}
		return rows[i].alias < rows[j].alias
	})
	var b strings.Builder
	b.WriteString("<!-- Generated from the rules' metadata by `go test ./rules -update`. Do not edit. -->\n")
	b.WriteString("# Other scanners' ids\n\n")
	b.WriteString("soc2lint honours these scanners' ignore comments (`tfsec:ignore:ID`, `trivy:ignore:ID`, `checkov:skip=ID:reason`) for the rules their ids map to; `--no-compat-ignores` turns that off. Ids not listed here check something soc2lint does not, and their ignores are left alone.\n\n")
	b.WriteString("## How the table was checked\n\n" +
		"A wrong alias silently silences a real finding, so every id was checked (December 2026) against the scanners' published indexes, facts only: " +
		"Checkov's policy index (`docs/5.Policy Index` in bridgecrewio/checkov and the check list of checkov 3.2) for each `CKV_` and `CKV2_` id's resource types and title; " +
		"Trivy's check metadata and the `avd_docs` pages of aquasecurity/defsec for each `AVD-` id's service and what it flags, and the tfsec documentation for the long ids (`aws-s3-enable-bucket-logging`). " +
		"An id is listed only when the other scanner flags the same problem on the same resources. Ids were removed when the check is broader than the rule " +
		"and the same scanner has the exact check as well (`CKV_AWS_63` any `*` action, `CKV_AWS_277` all ports, `AVD-AZU-0047` any port: " +
		"skipping only those leaves the problem reported by that scanner), or when an ignore of it may have accepted something else (`AVD-AWS-0057`, any wildcard in a policy). " +
		"When in doubt an id was left out: its ignores then leave the soc2lint finding standing, which is loud, not silent.\n\n")
	b.WriteString("| id | scanner | soc2lint rule | title |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| `%s` | %s | [%s](rules/%s.md) | %s |\n", r.alias, r.tool, r.rule, r.rule, r.title)
	}
	var retired []row
	for _, r := range rs {
		for _, old := range r.Formerly {
			retired = append(retired, row{alias: old, rule: r.ID, title: r.Title})
		}
	}
	if len(retired) > 0 {
		sort.SliceStable(retired, func(i, j int) bool { return retired[i].alias < retired[j].alias })
		b.WriteString("\n## Retired soc2lint ids\n\n" +
			"A soc2lint rule folded into another rule of the same concept keeps its id reserved (never reused); " +
			"soc2lint-ignore comments, baseline entries and configuration (`rules.disable`, `rules.severity`, `rules.options`, `paths`) naming it apply to the rule that took it over.\n\n" +
			"| retired id | now | title |\n|---|---|---|\n")
		for _, r := range retired {
			fmt.Fprintf(&b, "| `%s` | [%s](rules/%s.md) | %s |\n", r.alias, r.rule, r.rule, r.title)
		}
	}
	return b.String()
}
