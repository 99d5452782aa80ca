package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkS3LogBucketWithoutObjectLock(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		sources := s3LogSources(p, bucket)
		if len(sources) == 0 {
			continue
		}
		lock := s3ObjectLock(p, bucket)
		switch lock.on {
		case parser.True:
			continue
		case parser.Maybe:
			p.CannotTell(bucket, lock.open.At, lock.open.Detail)
			continue
		}
		src := sources[0]
		more := ""
		if len(sources) > 1 {
			more = " and other logs"
		}
		p.Report(bucket, lock.off, "%s receives %s from %s%s but does not have object lock enabled: the logs can be deleted or overwritten", bucket.Address, src.what, src.res.Address, more)
	}
}
