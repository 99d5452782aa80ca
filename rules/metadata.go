package rules

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// A rule's metadata (what a person reads: title, severity, description,
// fix, links, checklist items and precision) is data, kept in a YAML file
// beside the Go file that holds the rule's logic: rules/aws/svc_redshift.go
// and rules/aws/svc_redshift.yaml. The Go literal names the rule by its id
// and carries only what runs; the registry fills in the rest here, the name
// from ids.go.
//
//go:embed aws/*.yaml azure/*.yaml gcp/*.yaml
var metadataFiles embed.FS

// ruleMetadata is one rule's entry in a metadata file.
type ruleMetadata struct {
	Title       string   `yaml:"title"`
	Severity    string   `yaml:"severity"`
	Checklist   []string `yaml:"checklist"`
	Precision   string   `yaml:"precision"`
	Description string   `yaml:"description"`
	Fix         string   `yaml:"fix"`
	Links       []string `yaml:"links"`
	// Formats and FormatsWhy declare a rule of one format only, for a
	// concept the provider's other formats lack: formats:
	// [cloudformation] and why, a sentence ("Terraform has no stack
	// parameters"). Such a rule has fixtures and examples of that format
	// only, and the docs say so.
	Formats    []parser.Format `yaml:"formats"`
	FormatsWhy string          `yaml:"why"`

	file string // where the entry is, for the tests
}

// metadata maps each rule id to its entry and the provider directory that
// holds it.
var metadata = sync.OnceValues(readMetadata)

func readMetadata() (map[string]ruleMetadata, error) {
	out := map[string]ruleMetadata{}
	err := fs.WalkDir(metadataFiles, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := metadataFiles.ReadFile(p)
		if err != nil {
			return err
		}
		entries, ok := plainMetadata(data)
		if !ok {
			var err error
			if entries, err = yamlMetadata(data); err != nil {
				return fmt.Errorf("rules/%s: %w", p, err)
			}
		}
		for id, m := range entries {
			if prev, dup := out[id]; dup {
				return fmt.Errorf("rules/%s: %s is described in %s too", p, id, prev.file)
			}
			m.file = p
			out[id] = m
		}
		return nil
	})
	return out, err
}

// yamlMetadata reads a metadata file with yaml.v3, which knows every
// field (the files plainMetadata does not read).
func yamlMetadata(data []byte) (map[string]ruleMetadata, error) {
	var entries map[string]ruleMetadata
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(&entries)
	return entries, err
}

// addMetadata fills in the metadata of each rule of the provider's
// package from its entry. A rule without an entry keeps what it has (the
// tests require one).
func addMetadata(provider string, rs []*engine.Rule) {
	all, err := metadata()
	if err != nil {
		panic(err) // embedded files, read by the tests on every change
	}
	for _, r := range rs {
		m, ok := all[r.ID]
		if !ok || path.Dir(m.file) != provider {
			continue
		}
		r.Name = allocated[r.ID]
		r.Title = m.Title
		if s, err := engine.ParseSeverity(m.Severity); err == nil {
			r.Severity = s
		}
		r.Checklist = m.Checklist
		r.Precision = m.Precision
		r.Description = m.Description
		r.Remediation.Summary = m.Fix
		r.Links = m.Links
		r.Formats = m.Formats
		r.FormatsWhy = m.FormatsWhy
	}
}

// providerFormats are the formats each provider's rules are written for.
var providerFormats = map[string][]parser.Format{
	"aws":   {parser.Terraform, parser.CloudFormation},
	"azure": {parser.Terraform},
	"gcp":   {parser.Terraform},
}

// formatsOf returns the formats a rule judges: its provider's, or those
// its metadata limits it to.
func formatsOf(r *engine.Rule) []parser.Format {
	var out []parser.Format
	for _, f := range providerFormats[r.Provider] {
		if r.InFormat(f) {
			out = append(out, f)
		}
	}
	return out
}

// formatNames are the formats as the docs name them.
var formatNames = map[parser.Format]string{parser.Terraform: "Terraform", parser.CloudFormation: "CloudFormation"}

// onlyIn says, for a rule of fewer formats than its provider's, which
// and why ("CloudFormation only: Terraform has no stack parameters"); ""
// for the others.
func onlyIn(r *engine.Rule) string {
	if r.Formats == nil {
		return ""
	}
	var names []string
	for _, f := range formatsOf(r) {
		names = append(names, formatNames[f])
	}
	return strings.Join(names, ", ") + " only: " + r.FormatsWhy
}
