package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covLBLogging() *engine.Rule {
	const problem = "requests through the load balancer are not logged"
	return setting.Rule(engine.Rule{
		ID:       "GCP-115",
		Name:     "load-balancer-logging-disabled",
		Title:    "External HTTP(S) load balancer backend service does not log requests",
		Severity: engine.Low,
		Description: "A backend service of an external Application Load Balancer (google_compute_backend_service " +
			"with load_balancing_scheme EXTERNAL, the default, or EXTERNAL_MANAGED; a regional backend service " +
			"with EXTERNAL_MANAGED) does not set log_config.enable = true. Request logging is off by default, so " +
			"who called what from where, and what Cloud Armor decided, is not in Cloud Logging. Values not known " +
			"statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set log_config { enable = true } (with a sample_rate suited to the traffic) on every external backend service."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_backend_service#log_config",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_compute_backend_service"},
		If:      setting.Both(setting.Is(parser.A("load_balancing_scheme", ""), "EXTERNAL", "EXTERNAL", "EXTERNAL_MANAGED"), covHTTP),
		Judge:   setting.MustBeTrue(parser.A("log_config.enable", ""), false),
		Problem: problem,
	}, setting.Check{
		Types:   []string{"google_compute_region_backend_service"},
		If:      setting.Both(setting.Is(parser.A("load_balancing_scheme", ""), "INTERNAL", "EXTERNAL_MANAGED"), covHTTP),
		Judge:   setting.MustBeTrue(parser.A("log_config.enable", ""), false),
		Problem: problem,
	})
}

// covHTTP is true for a backend service that speaks HTTP (the default),
// HTTPS, HTTP/2 or gRPC: an Application Load Balancer's.
var covHTTP = setting.Is(parser.A("protocol", ""), "HTTP", "HTTP", "HTTPS", "HTTP2", "H2C", "GRPC")

func covDNSLogging() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-116",
		Name:     "vpc-dns-logging-disabled",
		Title:    "VPC network has no Cloud DNS policy that logs queries",
		Severity: engine.Low,
		Description: "No google_dns_policy with enable_logging = true names the google_compute_network (networks " +
			"network_url, by reference or literal URL): DNS queries from its VMs are not logged, and lookups of " +
			"command-and-control or exfiltration domains leave no trace. A network is undecided when a DNS policy " +
			"in its root names networks not known statically, or the policy naming it has an enable_logging " +
			"not known statically.",
		Remediation: engine.Remediation{Summary: "Attach a DNS server policy with enable_logging = true to every VPC network."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/dns/docs/monitoring",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_policy",
		},
		Precision: "medium",
		Check:     checkCovDNSLogging,
	}
}

func checkCovDNSLogging(p *engine.Pass) {
	for _, net := range p.ResourcesOfType("google_compute_network") {
		if net.Data {
			continue
		}
		logged, unknown := false, false
		var off, maybe *parser.Value
		name, _ := net.Body.Get("name").AsString()
		for _, pol := range p.InRoot(net, "google_dns_policy") {
			names := len(p.Referenced(pol, "network_url", "google_compute_network")) > 0 &&
				covContainsRes(p.Referenced(pol, "network_url", "google_compute_network"), net)
			for _, n := range pol.Body.Get("networks").Items() {
				u := n.Get("network_url")
				if s, ok := u.AsString(); ok && name != "" && strings.HasSuffix(s, "/networks/"+name) {
					names = true
				} else if setting.Unknown(u) != nil && len(p.Referenced(pol, "network_url")) == 0 {
					unknown = true
				}
			}
			if setting.Unknown(pol.Body.Get("networks")) != nil {
				unknown = true
			}
			if !names {
				continue
			}
			switch v := pol.Body.Get("enable_logging"); {
			case v.IsTrue():
				logged = true
			case setting.Unknown(v) != nil:
				maybe = v
			default:
				off = v
			}
		}
		switch {
		case logged:
		case maybe != nil:
			p.CannotTell(net, maybe, parser.Unknowable(maybe, "enable_logging").Detail)
		case off != nil:
			p.Report(net, off, "%s: DNS queries are not logged (its DNS policy sets enable_logging = false)", net.Address)
		case unknown:
			p.CannotTell(net, nil, "a DNS policy in this module names networks not known statically")
		default:
			p.Report(net, nil, "%s: DNS queries are not logged (no DNS policy with enable_logging)", net.Address)
		}
	}
}

func covContainsRes(rs []*parser.Resource, r *parser.Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func covAssetInventory() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-117",
		Name:     "cloud-asset-inventory-disabled",
		Title:    "Cloud Asset Inventory API is not enabled",
		Severity: engine.Low,
		Description: "Cloud Asset Inventory keeps a searchable inventory of every resource and IAM policy, with five " +
			"weeks of history, and feeds the CIS benchmark's inventory control. It needs the cloudasset.googleapis.com " +
			"API: a google_project_service (or an asset feed, google_cloud_asset_*_feed) in the root counts. This " +
			"is an account-level control: in account-baseline mode (`--account-baseline`) a GCP root module that " +
			"enables neither is a finding; otherwise it is listed in the checklist report as having no evidence. " +
			"A project service whose name is not known statically counts as evidence.",
		Remediation: engine.Remediation{Summary: "Enable the Cloud Asset API in every project (google_project_service), and export or feed the inventory where it is reviewed."},
		Checklist:   []string{"LOG-4"},
		Links: []string{
			"https://cloud.google.com/asset-inventory/docs/overview",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_service",
		},
		Precision: "high",
		Check: func(p *engine.Pass) {
			enabled := map[string]bool{}
			for _, r := range p.ResourcesOfType("google_project_service") {
				if setting.MayBe(r.Body.Get("service"), "cloudasset.googleapis.com") || setting.Unknown(r.Body) != nil {
					enabled[r.Root] = true
				}
			}
			for _, r := range p.ResourcesOfType("google_cloud_asset_project_feed", "google_cloud_asset_folder_feed",
				"google_cloud_asset_organization_feed") {
				enabled[r.Root] = true
			}
			for _, root := range logGCPRoots(p) {
				if !enabled[root.Name] {
					p.ReportMissing(root, "%s does not enable the Cloud Asset Inventory API (cloudasset.googleapis.com)", root.Name)
				}
			}
		},
	}
}
