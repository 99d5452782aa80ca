package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage4Rules are the fourth batch of coverage rules (GCP-137 and up).
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-138"}, append([]setting.Check{{
			Types: []string{"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template",
				"google_compute_instance_from_template"},
			Judge:   secrettext.In("metadata_startup_script", "metadata"),
			Problem: "the VM's metadata holds a credential",
		}}, append(mon22eEnvSecrets, cov27bEnvSecrets...)...)...),
	}
}
