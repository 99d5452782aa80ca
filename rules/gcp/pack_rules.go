package gcp

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Google Cloud rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-030", Check: checkPackPrimitiveRole},
		{ID: "GCP-031", Check: checkPackDefaultSAFullScope},
		{ID: "GCP-032", Check: checkPackServiceAccountKey},
		{ID: "GCP-033", Check: checkPackPublicBucket},
		{ID: "GCP-034", Check: checkPackBackendWithoutArmor},
		{ID: "GCP-035", Check: checkPackUnrestrictedEgress},
		{ID: "GCP-036", Check: checkPackKMSRotation},
		{ID: "GCP-037", Check: checkPackGKEPublicEndpoint},
		{ID: "GCP-038", Check: checkPackGKELegacyAuth},
	}
}
