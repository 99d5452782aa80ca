package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/secrettext"
)

// coverage4Rules are the fourth batch of coverage rules (GCP-137 and up).
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		secrettext.Rule("GCP-138", "the VM's metadata holds a credential", []string{
			"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template",
			"google_compute_instance_from_template",
		}, "metadata_startup_script", "metadata"),
	}
}
