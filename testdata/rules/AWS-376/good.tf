# Distributed monitoring with encrypted traffic between instances, and a
# single-instance job, which has no such traffic.

variable "instances" {
  type = number
}

locals {
  endpoints = {
    churn = 4
    fraud = 1
  }
}

resource "aws_sagemaker_data_quality_job_definition" "quality" {
  for_each = local.endpoints
  name     = "${each.key}-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = each.key
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://example-monitoring/${each.key}"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = each.value
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 50
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = each.value > 1
    enable_network_isolation                  = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "sized_by_caller" {
  name     = "ltv-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "ltv"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://example-monitoring/ltv"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = var.instances # want-note AWS-376
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 50
    }
  }
  network_config {
    enable_network_isolation = true
  }
}
