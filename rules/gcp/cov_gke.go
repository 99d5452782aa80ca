package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covGKEPrivateNodes() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-110",
		Name:     "gke-nodes-have-public-ips",
		Title:    "GKE cluster nodes get public IP addresses",
		Severity: engine.Medium,
		Description: "A google_container_cluster does not set private_cluster_config.enable_private_nodes = true " +
			"(the default is false): every node VM gets an external IP address, and node ports and the " +
			"kubelet are one firewall rule away from the internet. Private nodes reach the internet through " +
			"Cloud NAT. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set private_cluster_config.enable_private_nodes = true and give the nodes Cloud NAT for outbound traffic."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustBeTrue(parser.A("private_cluster_config.enable_private_nodes", ""), false),
		Problem: "the nodes have public IP addresses",
	})
}

func covGKENetworkPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-111",
		Name:     "gke-network-policy-disabled",
		Title:    "GKE cluster does not enforce Kubernetes network policies",
		Severity: engine.Low,
		Description: "A google_container_cluster neither enables network policy enforcement (network_policy.enabled = " +
			"true) nor uses GKE Dataplane V2 (datapath_provider = \"ADVANCED_DATAPATH\", which enforces them) nor " +
			"is an Autopilot cluster (enable_autopilot = true): NetworkPolicy objects are then ignored, every pod " +
			"can reach every other pod and any destination, and a compromised workload is not contained. Values " +
			"not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Use Dataplane V2 (datapath_provider = \"ADVANCED_DATAPATH\") or enable network_policy, and write NetworkPolicies that limit traffic."},
		Checklist:   []string{"NET-5"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
			"https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"google_container_cluster"},
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("network_policy.enabled", ""), false),
			setting.MustBeOneOf(parser.A("datapath_provider", ""), "DATAPATH_PROVIDER_UNSPECIFIED", "ADVANCED_DATAPATH"),
			setting.MustBeTrue(parser.A("enable_autopilot", ""), false)),
		Problem: "pod traffic is not limited by network policies",
	})
}

func covGKELogging() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-112",
		Name:     "gke-logging-or-monitoring-disabled",
		Title:    "GKE cluster sends no logs or metrics to Cloud Logging and Monitoring",
		Severity: engine.Medium,
		Description: "A google_container_cluster sets logging_service or monitoring_service to \"none\": the " +
			"control plane, system and workload logs (or metrics) of the cluster are not kept, so an incident " +
			"cannot be investigated. The defaults (logging.googleapis.com/kubernetes and " +
			"monitoring.googleapis.com/kubernetes) are not reported. Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove logging_service = \"none\" and monitoring_service = \"none\" (or set them to the kubernetes services)."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustNotBe(parser.A("logging_service", ""), "", "none"),
		Problem: "cluster logs are not kept",
	}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustNotBe(parser.A("monitoring_service", ""), "", "none"),
		Problem: "cluster metrics are not kept",
	})
}

func covGKELegacyMetadata() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-113",
		Name:     "gke-legacy-metadata-endpoints",
		Title:    "GKE nodes expose the legacy metadata endpoints or the node's credentials to pods",
		Severity: engine.High,
		Description: "A GKE node configuration (node_config of a google_container_cluster, of its node_pool blocks, or " +
			"of a google_container_node_pool) sets the metadata key disable-legacy-endpoints to false, or " +
			"workload_metadata_config.mode to GCE_METADATA. Pods can then read the node's service account " +
			"token (and, through the legacy v0.1/v1beta1 endpoints, the kubelet's bootstrap credentials) from the " +
			"metadata server, and act with the node's permissions. The defaults (legacy endpoints disabled; " +
			"GKE_METADATA with Workload Identity) are not reported. Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove disable-legacy-endpoints = false and use Workload Identity (workload_metadata_config mode GKE_METADATA)."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
			"https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
		},
		Precision: "very-high",
		Check:     checkCovGKELegacyMetadata,
	}
}

func checkCovGKELegacyMetadata(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_container_cluster", "google_container_node_pool") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
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
