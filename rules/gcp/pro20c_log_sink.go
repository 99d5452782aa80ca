package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// pro20cSinkTypes are the log sinks of a project, folder or organization.
var pro20cSinkTypes = []string{"google_logging_project_sink", "google_logging_folder_sink", "google_logging_organization_sink"}

// logSinkAllReads are the types checkLogSinkAll reads (Rule.Reads).
var logSinkAllReads = []string{"google_logging_folder_sink", "google_logging_organization_sink", "google_logging_project_sink"}

// checkLogSinkAll is GCP-166: a root that deploys Google resources and
// declares no enabled log sink without a filter keeps its logs only in
// Cloud Logging's own buckets, under the project's control. A sink whose
// filter or switch is not known statically counts as one.
func checkLogSinkAll(p *engine.Pass) {
	exported := map[string]bool{}
	for _, s := range p.ResourcesOfType(pro20cSinkTypes...) {
		if s.Data {
			continue
		}
		if setting.Unknown(s.Body) != nil || pro20cExportsAll(s) {
			exported[s.Root] = true
		}
	}
	for _, root := range p.RootsDeploying(googleResources) {
		if !exported[root.Name] {
			p.ReportMissing(root, "%s declares no log sink that exports every log entry (a sink without a filter)", root.Name)
		}
	}
}

// pro20cExportsAll reports whether a sink may export every log entry: not
// disabled, and its filter empty or not known statically.
func pro20cExportsAll(s *parser.Resource) bool {
	if d := s.Body.Get("disabled"); d.Truth(false) == parser.True {
		return false
	}
	f := s.Body.Get("filter")
	if f.IsNull() || setting.Unknown(f) != nil {
		return true
	}
	str, ok := f.AsString()
	return ok && strings.TrimSpace(str) == ""
}
