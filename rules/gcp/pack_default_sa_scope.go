package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// packDefaultSAFullScopeReads are the types checkPackDefaultSAFullScope reads (Rule.Reads).
var packDefaultSAFullScopeReads = []string{"google_compute_instance", "google_compute_instance_from_template", "google_compute_instance_template", "google_compute_region_instance_template", "google_container_cluster", "google_container_node_pool"}

func checkPackDefaultSAFullScope(p *engine.Pass) {
	for _, vm := range p.ResourcesOfType("google_compute_instance", "google_compute_instance_template",
		"google_compute_region_instance_template", "google_compute_instance_from_template") {
		for _, sa := range vm.Body.Get("service_account").Items() {
			email := sa.Get("email")
			if !packDefaultComputeSA(email) {
				continue
			}
			if scope := packCloudPlatformScope(sa.Get("scopes")); scope != nil {
				p.Report(vm, scope, "%s runs as the default compute service account (%s) with the cloud-platform scope",
					vm.Address, packSAName(email, "email"))
			}
		}
	}
	for _, res := range p.ResourcesOfType("google_container_cluster", "google_container_node_pool") {
		var configs []*parser.Value
		// With remove_default_node_pool, the cluster's own node_config
		// only describes the default pool that is deleted at creation.
		if !res.Body.Get("remove_default_node_pool").IsTrue() {
			configs = res.Body.Get("node_config").Items()
		}
		for _, np := range res.Body.Get("node_pool").Items() {
			configs = append(configs, np.Get("node_config").Items()...)
		}
		for _, nc := range configs {
			sa := nc.Get("service_account")
			if !packDefaultComputeSA(sa) {
				continue
			}
			if scope := packCloudPlatformScope(nc.Get("oauth_scopes")); scope != nil {
				p.Report(res, scope, "%s runs GKE nodes as the default compute service account (%s) with the cloud-platform scope",
					res.Address, packSAName(sa, "service_account"))
			}
		}
	}
}

// packDefaultComputeSA reports whether a service account email is known to
// be the Compute Engine default service account: unset, empty, "default"
// or PROJECT_NUMBER-compute@developer.gserviceaccount.com (the number
// interpolated or not).
func packDefaultComputeSA(v *parser.Value) bool {
	if v.IsNull() {
		return true
	}
	s, ok := v.AsString()
	if !ok {
		// "${var.project_number}-compute@developer.gserviceaccount.com"
		end, partly := v.KnownSuffix()
		return partly && strings.HasSuffix(end, cov3DefaultSASuffix) || parser.ComputedFrom(v, cov8DefaultSAData)
	}
	s = strings.TrimSpace(s)
	return s == "" || s == "default" || strings.HasSuffix(s, cov3DefaultSASuffix)
}

// packSAName names the default service account as written.
func packSAName(v *parser.Value, attr string) string {
	if s, ok := v.AsString(); ok && strings.TrimSpace(s) != "" {
		return s
	}
	if parser.ComputedFrom(v, cov8DefaultSAData) {
		return attr + " read from the google_compute_default_service_account data source"
	}
	if shown := v.Shown(); !v.IsNull() && shown != "" {
		return attr + " = " + shown // the project number interpolated
	}
	return attr + " not set"
}

// packCloudPlatformScope returns the scope value that grants access to all
// Cloud APIs, or nil.
func packCloudPlatformScope(scopes *parser.Value) *parser.Value {
	for _, s := range scopes.Items() {
		if s.IsAnyOf("cloud-platform", "https://www.googleapis.com/auth/cloud-platform") {
			return s
		}
	}
	return nil
}
