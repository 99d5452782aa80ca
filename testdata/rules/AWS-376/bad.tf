# Data quality monitoring spread over several instances, with traffic
# between them left unencrypted.

variable "monitor_instances" {
  type    = number
  default = 3
}

resource "aws_sagemaker_data_quality_job_definition" "churn" {
  name     = "churn-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://example-monitoring/churn"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = var.monitor_instances
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 50
    }
  }
  network_config { # want AWS-376 "enable_inter_container_traffic_encryption is not set"
    enable_network_isolation = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fraud" {
  name     = "fraud-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "fraud"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://example-monitoring/fraud"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 50
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = false # want AWS-376
    enable_network_isolation                  = true
  }
}
