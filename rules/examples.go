package rules

import (
	"embed"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// The compliant examples of the rules' remediations are files beside the
// rules, <provider>/examples/<ID>.tf and, for AWS, <ID>.yaml, so that an
// example is Terraform or YAML that a person, an editor and a formatter
// read as such, not a string inside Go.
//
//go:embed aws/examples azure/examples gcp/examples
var examples embed.FS

// exampleDir is the directory of a provider's package that holds its
// rules' remediation examples.
const exampleDir = "examples"

// exampleFormats maps the extension of an example file to the format it
// shows.
var exampleFormats = map[string]string{".tf": "Terraform", ".yaml": "CloudFormation"}

// addExamples sets each rule's Remediation.Terraform from
// <provider>/examples/<ID>.tf and Remediation.CloudFormation from
// <provider>/examples/<ID>.yaml. A file's final newline is not part of the
// example. A rule without such a file keeps what it has.
func addExamples(rs []*engine.Rule) {
	for _, r := range rs {
		if ex, ok := readExample(r, ".tf"); ok {
			r.Remediation.Terraform = ex
		}
		if ex, ok := readExample(r, ".yaml"); ok {
			r.Remediation.CloudFormation = ex
		}
	}
}

func readExample(r *engine.Rule, ext string) (string, bool) {
	data, err := examples.ReadFile(path.Join(r.Provider, exampleDir, r.ID+ext))
	if err != nil {
		return "", false
	}
	return strings.TrimSuffix(string(data), "\n"), true
}
