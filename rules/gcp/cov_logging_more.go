package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covLBLogging is GCP-115: the backend services of Application Load
// Balancers, external (EXTERNAL, EXTERNAL_MANAGED) and internal
// (INTERNAL_MANAGED, regional or cross-region), log requests only when
// log_config.enable is set. Passthrough load balancers (INTERNAL, the
// regional default) and Cloud Service Mesh (INTERNAL_SELF_MANAGED) proxy
// no HTTP requests and are not judged.
func covLBLogging() *engine.Rule {
	const problem = "requests through the load balancer are not logged"
	return setting.Rule(engine.Rule{ID: "GCP-115"}, setting.Check{
		Types:   []string{"google_compute_backend_service"},
		If:      setting.Both(setting.Is(parser.A("load_balancing_scheme", ""), "EXTERNAL", "EXTERNAL", "EXTERNAL_MANAGED", "INTERNAL_MANAGED"), covHTTP),
		Judge:   setting.MustBeTrue(parser.A("log_config.enable", ""), false),
		Problem: problem,
	}, setting.Check{
		Types:   []string{"google_compute_region_backend_service"},
		If:      setting.Both(setting.Is(parser.A("load_balancing_scheme", ""), "INTERNAL", "EXTERNAL_MANAGED", "INTERNAL_MANAGED"), covHTTP),
		Judge:   setting.MustBeTrue(parser.A("log_config.enable", ""), false),
		Problem: problem,
	})
}

// covHTTP is true for a backend service that speaks HTTP (the default),
// HTTPS, HTTP/2 or gRPC: an Application Load Balancer's.
var covHTTP = setting.Is(parser.A("protocol", ""), "HTTP", "HTTP", "HTTPS", "HTTP2", "H2C", "GRPC")

// covDNSLoggingReads are the types checkCovDNSLogging reads (Rule.Reads).
var covDNSLoggingReads = []string{"google_compute_network", "google_dns_policy"}

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

// covAssetInventoryReads are the types covAssetInventory reads (Rule.Reads).
var covAssetInventoryReads = []string{"google_cloud_asset_folder_feed", "google_cloud_asset_organization_feed", "google_cloud_asset_project_feed", "google_project_service"}

func covAssetInventory() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-117",
		Reads: covAssetInventoryReads,
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
			for _, root := range p.RootsDeploying(googleResources) {
				if !enabled[root.Name] {
					p.ReportMissing(root, "%s does not enable the Cloud Asset Inventory API (cloudasset.googleapis.com)", root.Name)
				}
			}
		},
	}
}
