package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverage3Rules are the third batch of coverage rules (GCP-130 and up):
// cells the first two batches left empty in the coverage matrix (caches,
// Kubernetes secrets, notebooks, functions) and settings next to existing
// rules (PostgreSQL log levels, default service accounts without the
// cloud-platform scope, log retention in buckets).
func coverage3Rules() []*engine.Rule {
	return []*engine.Rule{
		cov3RedisTransit(),
		cov3GKESecretsEncryption(),
		cov3NotebookPublicIP(),
		cov3FunctionHTTP(),
		{ID: "GCP-135", Check: checkCov3LogBucketLifecycle, Reads: cov3LogBucketLifecycleReads},
		{ID: "GCP-136", Check: checkCov3DefaultServiceAccount, Reads: cov3DefaultServiceAccountReads},
	}
}
