package azure

import "github.com/soc2lint/soc2lint/engine"

// packRules returns the further Azure rules (identity, storage, network exposure, encryption).
func packRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-030", Check: checkPackPrivilegedRoleAssignment, Reads: packPrivilegedRoleAssignmentReads},
		{ID: "AZURE-031", Check: checkPackCustomRoleWildcard, Reads: packCustomRoleWildcardReads, Alone: true},
		{ID: "AZURE-032", Check: checkPackLongLivedCredential, Reads: packLongLivedCredentialReads, Alone: true},
		{ID: "AZURE-033", Check: checkPackPublicContainer, Reads: packPublicContainerReads},
		{ID: "AZURE-034", Check: checkPackOpenDataStore, Reads: packOpenDataStoreReads},
		{ID: "AZURE-035", Check: checkPackAKSPublicAPI, Reads: packAKSPublicAPIReads, Alone: true},
		{ID: "AZURE-036", Check: checkPackMissingWAF, Reads: packMissingWAFReads},
		{ID: "AZURE-037", Check: checkPackKeyRotation, Reads: packKeyRotationReads, Alone: true},
		{ID: "AZURE-038", Check: checkPackPurgeProtection, Reads: packPurgeProtectionReads, Alone: true},
	}
}
