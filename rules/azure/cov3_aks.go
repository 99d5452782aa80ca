package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov3AKSNodePublicIPChecks extend AZURE-107 to AKS node pools that give
// each node a public IP (off by default; azurerm 4.x and 3.x spell the
// flag differently).
var cov3AKSNodePublicIPChecks = []setting.Check{{
	Types: []string{"azurerm_kubernetes_cluster"},
	Judge: setting.Either(
		setting.MustBeFalse(parser.A("default_node_pool.node_public_ip_enabled", ""), false),
		setting.MustBeFalse(parser.A("default_node_pool.enable_node_public_ip", ""), false)),
	Problem: "the default node pool gives each node a public IP address",
}, {
	Types: []string{"azurerm_kubernetes_cluster_node_pool"},
	Judge: setting.Either(
		setting.MustBeFalse(parser.A("node_public_ip_enabled", ""), false),
		setting.MustBeFalse(parser.A("enable_node_public_ip", ""), false)),
	Problem: "the node pool gives each node a public IP address",
}, {
	// Container instances: Public is the default ip_address_type.
	Types:   []string{"azurerm_container_group"},
	Judge:   setting.MustNotBe(parser.A("ip_address_type", ""), "Public", "Public"),
	Problem: "the container group has a public IP address",
}}

// checkCov3AKSNodePublicIP runs cov3AKSNodePublicIPChecks.
func checkCov3AKSNodePublicIP(p *engine.Pass) {
	for _, c := range cov3AKSNodePublicIPChecks {
		c.Run(p)
	}
}
