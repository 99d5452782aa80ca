package azure

import "github.com/soc2lint/soc2lint/engine"

// coverage3Rules are the third batch of coverage rules (AZURE-130 and up).
func coverage3Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-130", Check: checkCov3StorageQueueLogging, Reads: cov3StorageQueueLoggingReads},
		cov3CDNAllowsHTTP(),
		cov3VMPasswordAuthentication(),
	}
}
