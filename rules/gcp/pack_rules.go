package gcp

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Google Cloud rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		packPrimitiveRole(),
		packDefaultSAFullScope(),
		packServiceAccountKey(),
		packPublicBucket(),
		packBackendWithoutArmor(),
		packUnrestrictedEgress(),
		packKMSRotation(),
		packGKEPublicEndpoint(),
		packGKELegacyAuth(),
	}
}
