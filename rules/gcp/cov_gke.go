package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covGKEPrivateNodes() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-110"}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustBeTrue(parser.A("private_cluster_config.enable_private_nodes", ""), false),
		Problem: "the nodes have public IP addresses",
	})
}

func covGKENetworkPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-111"}, setting.Check{
		Types: []string{"google_container_cluster"},
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("network_policy.enabled", ""), false),
			setting.MustBeOneOf(parser.A("datapath_provider", ""), "DATAPATH_PROVIDER_UNSPECIFIED", "ADVANCED_DATAPATH"),
			setting.MustBeTrue(parser.A("enable_autopilot", ""), false)),
		Problem: "pod traffic is not limited by network policies",
	})
}

func covGKELogging() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-112"}, setting.Check{
		Types: []string{"google_container_cluster"},
		Judge: setting.Either(
			// logging.googleapis.com is the legacy Cloud Logging
			// service, no longer available as of GKE 1.15.
			setting.MustNotBe(parser.A("logging_service", ""), "", "none", "logging.googleapis.com"),
			gkeComponentsOff("logging_config.enable_components")),
		Problem: "cluster logs are not kept",
	}, setting.Check{
		Types: []string{"google_container_cluster"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("monitoring_service", ""), "", "none", "monitoring.googleapis.com"),
			gkeComponentsOff("monitoring_config.enable_components")),
		Problem: "cluster metrics are not kept",
	})
}

// gkeComponentsOff judges the component list of a cluster's logging_config
// or monitoring_config: written as an empty list, it turns every component
// off, as logging_service or monitoring_service "none" does (the GKE API's
// LoggingComponentConfig and MonitoringComponentConfig: an empty set
// disables all logging, all monitoring). Not written, the cluster keeps
// the default components.
func gkeComponentsOff(path string) setting.Judge {
	a := parser.A(path, "")
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		elems, unknown := setting.Elems(v)
		switch {
		case len(elems) > 0:
			return parser.Decided
		case unknown != nil:
			return parser.Unknowable(unknown, a.Name(res))
		case v == nil || v.Kind != parser.List:
			return parser.Decided
		}
		return parser.Bad(v, a.Name(res)+" is empty: every component is turned off")
	}
}

// covGKELegacyMetadataReads are the types checkCovGKELegacyMetadata reads (Rule.Reads).
var covGKELegacyMetadataReads = []string{"google_container_cluster", "google_container_node_pool"}

func checkCovGKELegacyMetadata(p *engine.Pass) {
	for _, res := range p.KnownManaged("google_container_cluster", "google_container_node_pool") {
		configs := res.Body.Get("node_config").Items()
		for _, np := range res.Body.Get("node_pool").Items() {
			configs = append(configs, np.Get("node_config").Items()...)
		}
		for _, nc := range configs {
			meta := nc.Get("metadata")
			if setting.Undecided(p, res, "node_config.metadata", meta) {
				continue
			}
			v, on, set, unk := covMetaBool(meta, "disable-legacy-endpoints")
			switch {
			case unk != nil:
				p.CannotTell(res, unk, parser.Unknowable(unk, "disable-legacy-endpoints").Detail)
			case set && !on:
				p.Report(res, v, "%s: the nodes serve the legacy metadata endpoints (disable-legacy-endpoints = %s)", res.Address, covShow(v))
			}
			for _, wm := range nc.Get("workload_metadata_config").Items() {
				for _, attr := range []string{"mode", "node_metadata"} {
					m := wm.Get(attr)
					if m.IsAnyOf("GCE_METADATA", "EXPOSE") {
						p.Report(res, m, "%s: pods can read the node's credentials from the metadata server (workload_metadata_config %s = %s)", res.Address, attr, m.Str)
					} else {
						setting.Undecided(p, res, "workload_metadata_config."+attr, m)
					}
				}
			}
		}
	}
}
