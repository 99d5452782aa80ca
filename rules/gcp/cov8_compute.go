package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov8ProjectKeysAllowed extends GCP-109: an instance or template whose
// metadata sets block-project-ssh-keys to false, where OS Login is not
// enabled and no organization policy of the root may require it, accepts
// every project-wide metadata SSH key. It reports and returns true then.
func cov8ProjectKeysAllowed(p *engine.Pass, res *parser.Resource, meta *parser.Value) bool {
	if res.Type == "google_compute_project_metadata" || res.Type == "google_compute_project_metadata_item" {
		return false
	}
	v, on, set, unk := covMetaBool(meta, "block-project-ssh-keys")
	if unk != nil || !set || on || packOrgPolicyEnforced(p, res, "compute.requireOsLogin") {
		return false
	}
	p.Report(res, v, "%s: project-wide SSH keys are accepted (block-project-ssh-keys = %s) and OS Login is not enabled", res.Address, covShow(v))
	return true
}
