package rules

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// MarkdownTable renders the rule list that the README carries between its
// "rules:begin" and "rules:end" markers.
func MarkdownTable(rs []*engine.Rule) string {
	var b strings.Builder
	b.WriteString("| ID | Severity | Checklist | SOC 2 | Title |\n|---|---|---|---|---|\n")
	for _, r := range rs {
		fmt.Fprintf(&b, "| [%s](docs/rules/%s.md) | %s | %s | %s | %s |\n",
			r.ID, r.ID, r.Severity, strings.Join(r.Checklist, ", "), strings.Join(r.SOC2, ", "), r.Title)
	}
	return b.String()
}

// Markdown renders the documentation page of one rule, docs/rules/<ID>.md.
func Markdown(r *engine.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!-- Generated from the rule's metadata by `go test ./rules -update`. Do not edit. -->\n")
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "| | |\n|---|---|\n| Name | `%s` |\n| Severity | %s |\n| Provider | %s |\n| Checklist | %s |\n| SOC 2 criteria | %s |\n| Precision | %s |\n\n",
		r.Name, r.Severity, r.Provider, strings.Join(r.Checklist, ", "), strings.Join(r.SOC2, ", "), r.Precision)
	fmt.Fprintf(&b, "%s\n\n## Fix\n\n%s\n\n", r.Description, r.Remediation.Summary)
	if r.Remediation.Terraform != "" {
		fmt.Fprintf(&b, "### Terraform\n\n```hcl\n%s\n```\n\n", r.Remediation.Terraform)
	}
	if r.Remediation.CloudFormation != "" {
		fmt.Fprintf(&b, "### CloudFormation\n\n```yaml\n%s\n```\n\n", r.Remediation.CloudFormation)
	}
	if len(r.Links) > 0 {
		b.WriteString("## Links\n\n")
		for _, l := range r.Links {
			fmt.Fprintf(&b, "- <%s>\n", l)
		}
	}
	return b.String()
}
