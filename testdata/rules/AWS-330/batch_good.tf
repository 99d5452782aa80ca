# Batch jobs that do not run privileged: the default, privileged written
# false, an EKS job with a restricted security context, and a job whose
# container properties come from a file the scan cannot read.

resource "aws_batch_job_definition" "etl" {
  name = "nightly-etl"
  type = "container"
  container_properties = jsonencode({
    image   = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/etl:3.2.0"
    command = ["python", "etl.py", "Ref::date"]
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" }
    ]
    jobRoleArn = "arn:aws:iam::123456789012:role/etl"
  })
}

resource "aws_batch_job_definition" "render" {
  name = "render"
  type = "container"
  container_properties = jsonencode({
    image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/render:1.9"
    privileged = false
    readonlyRootFilesystem = true
    user       = "1000"
    resourceRequirements = [
      { type = "VCPU", value = "4" },
      { type = "MEMORY", value = "8192" }
    ]
  })
}

resource "aws_batch_job_definition" "eks_report" {
  name = "eks-report"
  type = "container"
  eks_properties {
    pod_properties {
      containers {
        name  = "report"
        image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/report:2.0"
        resources {
          limits = { cpu = "1", memory = "1024Mi" }
        }
        security_context {
          privileged                 = false
          read_only_root_file_system = true
          run_as_non_root            = true
          run_as_user                = 1000
        }
      }
    }
  }
}
