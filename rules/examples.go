package rules

import (
	"embed"
	"path"
	"strings"
	"sync"

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
// <provider>/examples/<ID>.yaml. Rules whose remediation is the same
// configuration share one file, named by their ids joined with "+"
// (GCP-037+GCP-110.tf). A file's final newline is not part of the example.
// A rule without such a file keeps what it has.
func addExamples(rs []*engine.Rule) {
	files := exampleFiles()
	for _, r := range rs {
		if ex, ok := files[exampleKey{r.Provider, r.ID, ".tf"}]; ok {
			r.Remediation.Terraform = ex
		}
		if ex, ok := files[exampleKey{r.Provider, r.ID, ".yaml"}]; ok {
			r.Remediation.CloudFormation = ex
		}
	}
}

// exampleKey names the example of one rule in one format.
type exampleKey struct{ provider, id, ext string }

// exampleFiles holds every provider's example files, read once, keyed by
// each rule id a file's name lists; callers only read it.
var exampleFiles = sync.OnceValue(readExampleFiles)

func readExampleFiles() map[exampleKey]string {
	out := map[exampleKey]string{}
	for _, provider := range []string{"aws", "azure", "gcp"} {
		dir := path.Join(provider, exampleDir)
		entries, _ := examples.ReadDir(dir)
		for _, e := range entries {
			ext := path.Ext(e.Name())
			data, err := examples.ReadFile(path.Join(dir, e.Name()))
			if err != nil {
				continue
			}
			for _, id := range exampleIDs(e.Name()) {
				out[exampleKey{provider, id, ext}] = strings.TrimSuffix(string(data), "\n")
			}
		}
	}
	return out
}

// exampleIDs returns the rule ids an example file's name lists.
func exampleIDs(name string) []string {
	return strings.Split(strings.TrimSuffix(name, path.Ext(name)), "+")
}
