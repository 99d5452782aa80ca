package gcp

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Google Cloud rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-030", Check: checkPackPrimitiveRole, Reads: packPrimitiveRoleReads},
		{ID: "GCP-031", Check: checkPackDefaultSAFullScope, Reads: packDefaultSAFullScopeReads, Alone: true},
		{ID: "GCP-032", Check: checkPackServiceAccountKey, Reads: packServiceAccountKeyReads, Alone: true},
		{ID: "GCP-033", Check: checkPackPublicBucket, Reads: packPublicBucketReads},
		{ID: "GCP-034", Check: checkPackBackendWithoutArmor, Reads: packBackendWithoutArmorReads, Alone: true},
		{ID: "GCP-035", Check: checkPackUnrestrictedEgress, Reads: packUnrestrictedEgressReads},
		{ID: "GCP-036", Check: checkPackKMSRotation, Reads: packKMSRotationReads, Alone: true},
		{ID: "GCP-037", Check: checkPackGKEPublicEndpoint, Reads: packGKEPublicEndpointReads, Alone: true},
		{ID: "GCP-038", Check: checkPackGKELegacyAuth, Reads: packGKELegacyAuthReads, Alone: true},
	}
}
