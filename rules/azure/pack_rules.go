package azure

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Azure rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-030", Check: checkPackPrivilegedRoleAssignment},
		{ID: "AZURE-031", Check: checkPackCustomRoleWildcard},
		{ID: "AZURE-032", Check: checkPackLongLivedCredential},
		{ID: "AZURE-033", Check: checkPackPublicContainer},
		{ID: "AZURE-034", Check: checkPackOpenDataStore},
		{ID: "AZURE-035", Check: checkPackAKSPublicAPI},
		{ID: "AZURE-036", Check: checkPackMissingWAF},
		{ID: "AZURE-037", Check: checkPackKeyRotation},
		{ID: "AZURE-038", Check: checkPackPurgeProtection},
	}
}
