# Batch jobs whose containers run privileged: a single-node job that
# builds images with Docker-in-Docker, a multi-node job whose main node
# range tunes the host's network, and an EKS job with a privileged
# security context.

resource "aws_batch_job_definition" "image_builder" {
  name = "image-builder"
  type = "container"
  container_properties = jsonencode({ # want AWS-330 "privileged = true"
    image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/dind:24.0"
    command    = ["/usr/local/bin/build.sh"]
    privileged = true
    resourceRequirements = [
      { type = "VCPU", value = "2" },
      { type = "MEMORY", value = "4096" }
    ]
    jobRoleArn = "arn:aws:iam::123456789012:role/image-builder"
  })
}

resource "aws_batch_job_definition" "mpi" {
  name = "mpi-simulation"
  type = "multinode"
  node_properties = jsonencode({ # want AWS-330 "privileged"
    mainNode = 0
    numNodes = 4
    nodeRangeProperties = [
      {
        targetNodes = "0"
        container = {
          image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mpi:4.1"
          privileged = true
          resourceRequirements = [
            { type = "VCPU", value = "8" },
            { type = "MEMORY", value = "16384" }
          ]
        }
      },
      {
        targetNodes = "1:"
        container = {
          image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mpi:4.1"
          resourceRequirements = [
            { type = "VCPU", value = "8" },
            { type = "MEMORY", value = "16384" }
          ]
        }
      }
    ]
  })
}

resource "aws_batch_job_definition" "eks_probe" {
  name = "eks-node-probe"
  type = "container"
  eks_properties {
    pod_properties {
      host_network = false
      containers {
        name    = "probe"
        image   = "public.ecr.aws/amazonlinux/amazonlinux:2023"
        command = ["sleep", "60"]
        resources {
          limits = { cpu = "1", memory = "1024Mi" }
        }
        security_context {
          privileged = true # want AWS-330 "container probe: securityContext.privileged = true"
        }
      }
    }
  }
}
