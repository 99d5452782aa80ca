package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov3DefaultSASuffix ends the Compute Engine default service account
// (PROJECT_NUMBER-compute@developer.gserviceaccount.com): its domain holds
// no other account.
const cov3DefaultSASuffix = "@developer.gserviceaccount.com"

// cov3DefaultSA judges a service account email: Yes when it is unset,
// empty, "default" or the default compute account, CannotTell when it is
// not known statically and does not refer to a service account of the
// configuration.
func cov3DefaultSA(p *engine.Pass, res *parser.Resource, v *parser.Value, name string) parser.Verdict {
	switch parser.Set(v) {
	case parser.No:
		return parser.Bad(nil, name+" is not set, so the default compute service account is used")
	case parser.CannotTell:
		if parser.ComputedFrom(v, cov8DefaultSAData) {
			return parser.Bad(v, name+" is read from the default service account's data source")
		}
		if len(p.Referenced(res, "", "google_service_account")) > 0 {
			return parser.Decided
		}
		if suffix, ok := v.KnownSuffix(); ok && strings.HasSuffix(suffix, cov3DefaultSASuffix) {
			return parser.Bad(v, name+" = "+v.Shown()) // the project number interpolated
		} else if ok && suffix != "" && !strings.HasSuffix(cov3DefaultSASuffix, suffix) {
			return parser.Decided
		}
		return parser.Unknowable(v, name)
	}
	s, _ := v.AsString()
	s = strings.TrimSpace(s)
	if s == "default" || strings.HasSuffix(s, cov3DefaultSASuffix) {
		return parser.Bad(v, name+" = "+s)
	}
	return parser.Decided
}

const cov3DefaultSAProblem = "runs as the Compute Engine default service account"

// cov3DefaultServiceAccountReads are the types checkCov3DefaultServiceAccount reads (Rule.Reads).
var cov3DefaultServiceAccountReads = []string{"google_cloud_run_service", "google_cloud_run_v2_job", "google_cloud_run_v2_service", "google_cloudfunctions2_function", "google_cloudfunctions_function", "google_compute_instance", "google_compute_instance_from_template", "google_compute_instance_template", "google_compute_region_instance_template", "google_container_cluster", "google_container_node_pool", "google_service_account"}

func checkCov3DefaultServiceAccount(p *engine.Pass) {
	for _, vm := range p.ResourcesOfType("google_compute_instance", "google_compute_instance_template",
		"google_compute_region_instance_template", "google_compute_instance_from_template") {
		if vm.Data || !p.BodyKnown(vm) {
			continue
		}
		sas, ok := setting.DecidedBlocks(p, vm, "service_account", vm.Body.Get("service_account"))
		if !ok {
			continue
		}
		for _, sa := range sas {
			if packCloudPlatformScope(sa.Get("scopes")) != nil {
				continue // GCP-031
			}
			v := cov3DefaultSA(p, vm, sa.Get("email"), "service_account.email")
			if v.Answer == parser.Yes && v.At == nil && !sa.Range.IsZero() {
				v.At = sa
			}
			p.Judge(vm, v, cov3DefaultSAProblem)
		}
	}
	for _, res := range p.KnownManaged("google_container_cluster", "google_container_node_pool") {
		b := res.Body
		if res.Type == "google_container_cluster" {
			switch auto := parser.NotFalse(b.Get("enable_autopilot"), "enable_autopilot", false); auto.Answer {
			case parser.CannotTell:
				p.CannotTell(res, auto.At, auto.Detail)
				continue
			case parser.Yes:
				defaults := parser.A("cluster_autoscaling.auto_provisioning_defaults", "").Block(res)
				v := cov3DefaultSA(p, res, defaults.Get("service_account"),
					"cluster_autoscaling.auto_provisioning_defaults.service_account")
				p.Judge(res, v, "Autopilot nodes run as the Compute Engine default service account")
				continue
			}
		}
		pools, ok := setting.DecidedBlocks(p, res, "node_pool", b.Get("node_pool"))
		if !ok {
			continue
		}
		var configs []*parser.Value
		for _, np := range pools {
			configs = append(configs, cov3NodeConfig(np.Get("node_config")))
		}
		// The cluster's own node_config describes its default pool, which
		// node_pool blocks replace and remove_default_node_pool deletes.
		if len(pools) == 0 {
			keep := parser.NotTrue(b.Get("remove_default_node_pool"), "remove_default_node_pool", false)
			if res.Type == "google_container_node_pool" {
				keep = parser.Verdict{Answer: parser.Yes}
			}
			switch keep.Answer {
			case parser.CannotTell:
				p.CannotTell(res, keep.At, keep.Detail)
				continue
			case parser.Yes:
				nc := b.Get("node_config")
				if setting.Undecided(p, res, "node_config", nc) {
					continue
				}
				configs = append(configs, cov3NodeConfig(nc))
			}
		}
		for _, nc := range configs {
			if packCloudPlatformScope(nc.Get("oauth_scopes")) != nil {
				continue // GCP-031
			}
			v := cov3DefaultSA(p, res, nc.Get("service_account"), "node_config.service_account")
			if v.Answer == parser.Yes && v.At == nil && !nc.Range.IsZero() {
				v.At = nc
			}
			p.Judge(res, v, "GKE nodes run as the Compute Engine default service account")
		}
	}
	checkCov27bServerlessDefaultSA(p)
}

// cov3NodeConfig returns the one node_config block of a pool, or an empty
// object when it is not written.
func cov3NodeConfig(v *parser.Value) *parser.Value {
	if items := v.Items(); len(items) > 0 {
		return items[0]
	}
	return &parser.Value{Kind: parser.Object}
}
