; BrainTS kernel for neuron model HodgkinHuxleyExpEuler (models/hh.ts:128), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, m, h, n, armed, I.
; Group-uniform parameters (params): Cm, gNa, gK, gL, ENa, EK, EL, V_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'HodgkinHuxleyExpEuler.cpu'
source_filename = "models/hh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @HodgkinHuxleyExpEuler_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/hh.ts:106  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gNa.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gNa = load double, double* %gNa.slot, align 8, !dbg !7
  %gK.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %gK = load double, double* %gK.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %u0 = fneg double %ENa, !dbg !8
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %u1 = fneg double %EK, !dbg !9
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %0 = fneg double %EL, !dbg !10
  %u2 = fmul double %gL, %0, !dbg !10
  %1 = icmp slt i64 %begin, %end, !dbg !10
  br i1 %1, label %neuron, label %done, !dbg !10

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !10
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !10
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !11
  %m = load double, double* %m.addr, align 8, !dbg !11
  %2 = fmul double %m, %m, !dbg !11
  %3 = fmul double %m, %2, !dbg !11
  %4 = fmul double %gNa, %3, !dbg !11
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !12
  %h = load double, double* %h.addr, align 8, !dbg !12
  %5 = fmul double %4, %h, !dbg !12
  %6 = fneg double %5, !dbg !12
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !13
  %n = load double, double* %n.addr, align 8, !dbg !13
  %7 = fmul double %n, %n, !dbg !13
  %8 = fmul double %7, %7, !dbg !13
  %9 = fmul double %gK, %8, !dbg !13
  %10 = fsub double %6, %9, !dbg !13
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %11 = fsub double %10, %gL, !dbg !14
  ; models/hh.ts:96  (I - INa - IK - IL) / this.Cm,
  %12 = fdiv double %11, %Cm, !dbg !15
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %13 = fcmp oeq double %12, 0.000000e+00, !dbg !16
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !17
  %V = load double, double* %V.addr, align 8, !dbg !17
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !18
  %I = load double, double* %I.addr, align 8, !dbg !18
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %14 = fmul double %m, %m, !dbg !19
  %15 = fmul double %m, %14, !dbg !19
  %16 = fmul double %gNa, %15, !dbg !19
  %17 = fmul double %16, %h, !dbg !19
  %18 = fsub double %V, %ENa, !dbg !8
  %19 = fmul double %17, %18, !dbg !8
  %20 = fsub double %I, %19, !dbg !8
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %21 = fmul double %n, %n, !dbg !20
  %22 = fmul double %21, %21, !dbg !20
  %23 = fmul double %gK, %22, !dbg !20
  %24 = fsub double %V, %EK, !dbg !9
  %25 = fmul double %23, %24, !dbg !9
  %26 = fsub double %20, %25, !dbg !9
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %27 = fsub double %V, %EL, !dbg !10
  %28 = fmul double %gL, %27, !dbg !10
  %29 = fsub double %26, %28, !dbg !10
  %30 = fdiv double %29, %Cm, !dbg !10
  %31 = fmul double %dt, %30, !dbg !10
  %32 = fadd double %V, %31, !dbg !10
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %33 = fmul double %m, %m, !dbg !19
  %34 = fmul double %m, %33, !dbg !19
  %35 = fmul double %gNa, %34, !dbg !19
  %36 = fmul double %35, %h, !dbg !19
  %37 = fmul double %36, %u0, !dbg !21
  %38 = fsub double %I, %37, !dbg !21
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %39 = fmul double %n, %n, !dbg !20
  %40 = fmul double %39, %39, !dbg !20
  %41 = fmul double %gK, %40, !dbg !20
  %42 = fmul double %41, %u1, !dbg !22
  %43 = fsub double %38, %42, !dbg !22
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %44 = fsub double %43, %u2, !dbg !14
  %45 = fdiv double %44, %Cm, !dbg !14
  %46 = fdiv double %45, %12, !dbg !14
  %47 = fneg double %46, !dbg !14
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %48 = fadd double %V, %46, !dbg !16
  %49 = fmul double %12, %dt, !dbg !16
  %50 = call double @llvm.exp.f64(double %49), !dbg !16
  %51 = fmul double %48, %50, !dbg !16
  %52 = fadd double %47, %51, !dbg !16
  %53 = select i1 %13, double %32, double %52, !dbg !16
  ; models/hh.ts:111  if (this.V > this.V_th && this.armed > 0.5) {
  %54 = fcmp ogt double %53, %V_th, !dbg !23
  ; models/hh.ts:108  if (!(this.V > this.V_th)) this.armed = 1;
  %55 = fcmp ogt double %V, %V_th, !dbg !24
  %56 = xor i1 %55, true, !dbg !24
  ; models/hh.ts:87  @state armed = 1;
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !25
  %armed = load double, double* %armed.addr, align 8, !dbg !25
  %57 = select i1 %56, double 1.000000e+00, double %armed, !dbg !25
  ; models/hh.ts:111  if (this.V > this.V_th && this.armed > 0.5) {
  %58 = fcmp ogt double %57, 5.000000e-01, !dbg !26
  %59 = and i1 %54, %58, !dbg !26
  ; models/hh.ts:112  this.armed = 0;
  %armed.next = select i1 %59, double 0.000000e+00, double %57, !dbg !27
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %60 = fadd double %V, 4.000000e+01, !dbg !28
  %61 = fneg double %60, !dbg !28
  %62 = fdiv double %61, 1.000000e+01, !dbg !29
  %63 = call double @llvm.exp.f64(double %62), !dbg !29
  %64 = fsub double %63, 1.000000e+00, !dbg !29
  %65 = call double @llvm.log.f64(double %63), !dbg !29
  %66 = fdiv double %64, %65, !dbg !29
  %67 = fcmp oeq double %63, 1.000000e+00, !dbg !29
  %68 = select i1 %67, double 1.000000e+00, double %66, !dbg !29
  %69 = fcmp oeq double %63, 0x7FF0000000000000, !dbg !29
  %70 = select i1 %69, double %63, double %68, !dbg !29
  %71 = fdiv double 1.000000e+00, %70, !dbg !29
  %72 = fneg double %71, !dbg !29
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %73 = fadd double %V, 6.500000e+01, !dbg !30
  %74 = fneg double %73, !dbg !30
  %75 = fdiv double %74, 1.800000e+01, !dbg !31
  %76 = call double @llvm.exp.f64(double %75), !dbg !31
  %77 = fmul double 4.000000e+00, %76, !dbg !31
  %78 = fsub double %72, %77, !dbg !31
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %79 = fcmp oeq double %78, 0.000000e+00, !dbg !16
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %80 = fadd double %V, 4.000000e+01, !dbg !32
  %81 = fneg double %80, !dbg !32
  %82 = fdiv double %81, 1.000000e+01, !dbg !32
  %83 = call double @llvm.exp.f64(double %82), !dbg !32
  %84 = fsub double %83, 1.000000e+00, !dbg !32
  %85 = call double @llvm.log.f64(double %83), !dbg !32
  %86 = fdiv double %84, %85, !dbg !32
  %87 = fcmp oeq double %83, 1.000000e+00, !dbg !32
  %88 = select i1 %87, double 1.000000e+00, double %86, !dbg !32
  %89 = fcmp oeq double %83, 0x7FF0000000000000, !dbg !32
  %90 = select i1 %89, double %83, double %88, !dbg !32
  %91 = fdiv double 1.000000e+00, %90, !dbg !32
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %92 = fsub double 1.000000e+00, %m, !dbg !33
  %93 = fmul double %91, %92, !dbg !33
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %94 = fadd double %V, 6.500000e+01, !dbg !34
  %95 = fneg double %94, !dbg !34
  %96 = fdiv double %95, 1.800000e+01, !dbg !34
  %97 = call double @llvm.exp.f64(double %96), !dbg !34
  %98 = fmul double 4.000000e+00, %97, !dbg !34
  %99 = fmul double %98, %m, !dbg !34
  %100 = fsub double %93, %99, !dbg !34
  %101 = fmul double %dt, %100, !dbg !34
  %102 = fadd double %m, %101, !dbg !34
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %103 = fadd double %V, 4.000000e+01, !dbg !32
  %104 = fneg double %103, !dbg !32
  %105 = fdiv double %104, 1.000000e+01, !dbg !32
  %106 = call double @llvm.exp.f64(double %105), !dbg !32
  %107 = fsub double %106, 1.000000e+00, !dbg !32
  %108 = call double @llvm.log.f64(double %106), !dbg !32
  %109 = fdiv double %107, %108, !dbg !32
  %110 = fcmp oeq double %106, 1.000000e+00, !dbg !32
  %111 = select i1 %110, double 1.000000e+00, double %109, !dbg !32
  %112 = fcmp oeq double %106, 0x7FF0000000000000, !dbg !32
  %113 = select i1 %112, double %106, double %111, !dbg !32
  %114 = fdiv double 1.000000e+00, %113, !dbg !32
  %115 = fdiv double %114, %78, !dbg !32
  %116 = fneg double %115, !dbg !32
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %117 = fadd double %m, %115, !dbg !16
  %118 = fmul double %78, %dt, !dbg !16
  %119 = call double @llvm.exp.f64(double %118), !dbg !16
  %120 = fmul double %117, %119, !dbg !16
  %121 = fadd double %116, %120, !dbg !16
  %m.next = select i1 %79, double %102, double %121, !dbg !16
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %122 = fadd double %V, 6.500000e+01, !dbg !35
  %123 = fneg double %122, !dbg !35
  %124 = fdiv double %123, 2.000000e+01, !dbg !36
  %125 = call double @llvm.exp.f64(double %124), !dbg !36
  %126 = fmul double 7.000000e-02, %125, !dbg !36
  %127 = fneg double %126, !dbg !36
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %128 = fadd double %V, 3.500000e+01, !dbg !37
  %129 = fneg double %128, !dbg !37
  %130 = fdiv double %129, 1.000000e+01, !dbg !38
  %131 = call double @llvm.exp.f64(double %130), !dbg !38
  %132 = fadd double 1.000000e+00, %131, !dbg !38
  %133 = fdiv double 1.000000e+00, %132, !dbg !38
  %134 = fsub double %127, %133, !dbg !38
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %135 = fcmp oeq double %134, 0.000000e+00, !dbg !16
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %136 = fadd double %V, 6.500000e+01, !dbg !39
  %137 = fneg double %136, !dbg !39
  %138 = fdiv double %137, 2.000000e+01, !dbg !39
  %139 = call double @llvm.exp.f64(double %138), !dbg !39
  %140 = fmul double 7.000000e-02, %139, !dbg !39
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %141 = fsub double 1.000000e+00, %h, !dbg !33
  %142 = fmul double %140, %141, !dbg !33
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %143 = fadd double %V, 3.500000e+01, !dbg !40
  %144 = fneg double %143, !dbg !40
  %145 = fdiv double %144, 1.000000e+01, !dbg !40
  %146 = call double @llvm.exp.f64(double %145), !dbg !40
  %147 = fadd double 1.000000e+00, %146, !dbg !40
  %148 = fdiv double 1.000000e+00, %147, !dbg !40
  %149 = fmul double %148, %h, !dbg !40
  %150 = fsub double %142, %149, !dbg !40
  %151 = fmul double %dt, %150, !dbg !40
  %152 = fadd double %h, %151, !dbg !40
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %153 = fadd double %V, 6.500000e+01, !dbg !39
  %154 = fneg double %153, !dbg !39
  %155 = fdiv double %154, 2.000000e+01, !dbg !39
  %156 = call double @llvm.exp.f64(double %155), !dbg !39
  %157 = fmul double 7.000000e-02, %156, !dbg !39
  %158 = fdiv double %157, %134, !dbg !39
  %159 = fneg double %158, !dbg !39
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %160 = fadd double %h, %158, !dbg !16
  %161 = fmul double %134, %dt, !dbg !16
  %162 = call double @llvm.exp.f64(double %161), !dbg !16
  %163 = fmul double %160, %162, !dbg !16
  %164 = fadd double %159, %163, !dbg !16
  %h.next = select i1 %135, double %152, double %164, !dbg !16
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %165 = fadd double %V, 5.500000e+01, !dbg !41
  %166 = fneg double %165, !dbg !41
  %167 = fdiv double %166, 1.000000e+01, !dbg !42
  %168 = call double @llvm.exp.f64(double %167), !dbg !42
  %169 = fsub double %168, 1.000000e+00, !dbg !42
  %170 = call double @llvm.log.f64(double %168), !dbg !42
  %171 = fdiv double %169, %170, !dbg !42
  %172 = fcmp oeq double %168, 1.000000e+00, !dbg !42
  %173 = select i1 %172, double 1.000000e+00, double %171, !dbg !42
  %174 = fcmp oeq double %168, 0x7FF0000000000000, !dbg !42
  %175 = select i1 %174, double %168, double %173, !dbg !42
  %176 = fdiv double 1.000000e-01, %175, !dbg !42
  %177 = fneg double %176, !dbg !42
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %178 = fadd double %V, 6.500000e+01, !dbg !43
  %179 = fneg double %178, !dbg !43
  %180 = fdiv double %179, 8.000000e+01, !dbg !44
  %181 = call double @llvm.exp.f64(double %180), !dbg !44
  %182 = fmul double 1.250000e-01, %181, !dbg !44
  %183 = fsub double %177, %182, !dbg !44
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %184 = fcmp oeq double %183, 0.000000e+00, !dbg !16
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %185 = fadd double %V, 5.500000e+01, !dbg !45
  %186 = fneg double %185, !dbg !45
  %187 = fdiv double %186, 1.000000e+01, !dbg !45
  %188 = call double @llvm.exp.f64(double %187), !dbg !45
  %189 = fsub double %188, 1.000000e+00, !dbg !45
  %190 = call double @llvm.log.f64(double %188), !dbg !45
  %191 = fdiv double %189, %190, !dbg !45
  %192 = fcmp oeq double %188, 1.000000e+00, !dbg !45
  %193 = select i1 %192, double 1.000000e+00, double %191, !dbg !45
  %194 = fcmp oeq double %188, 0x7FF0000000000000, !dbg !45
  %195 = select i1 %194, double %188, double %193, !dbg !45
  %196 = fdiv double 1.000000e-01, %195, !dbg !45
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %197 = fsub double 1.000000e+00, %n, !dbg !33
  %198 = fmul double %196, %197, !dbg !33
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %199 = fadd double %V, 6.500000e+01, !dbg !46
  %200 = fneg double %199, !dbg !46
  %201 = fdiv double %200, 8.000000e+01, !dbg !46
  %202 = call double @llvm.exp.f64(double %201), !dbg !46
  %203 = fmul double 1.250000e-01, %202, !dbg !46
  %204 = fmul double %203, %n, !dbg !46
  %205 = fsub double %198, %204, !dbg !46
  %206 = fmul double %dt, %205, !dbg !46
  %207 = fadd double %n, %206, !dbg !46
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %208 = fadd double %V, 5.500000e+01, !dbg !45
  %209 = fneg double %208, !dbg !45
  %210 = fdiv double %209, 1.000000e+01, !dbg !45
  %211 = call double @llvm.exp.f64(double %210), !dbg !45
  %212 = fsub double %211, 1.000000e+00, !dbg !45
  %213 = call double @llvm.log.f64(double %211), !dbg !45
  %214 = fdiv double %212, %213, !dbg !45
  %215 = fcmp oeq double %211, 1.000000e+00, !dbg !45
  %216 = select i1 %215, double 1.000000e+00, double %214, !dbg !45
  %217 = fcmp oeq double %211, 0x7FF0000000000000, !dbg !45
  %218 = select i1 %217, double %211, double %216, !dbg !45
  %219 = fdiv double 1.000000e-01, %218, !dbg !45
  %220 = fdiv double %219, %183, !dbg !45
  %221 = fneg double %220, !dbg !45
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %222 = fadd double %n, %220, !dbg !16
  %223 = fmul double %183, %dt, !dbg !16
  %224 = call double @llvm.exp.f64(double %223), !dbg !16
  %225 = fmul double %222, %224, !dbg !16
  %226 = fadd double %221, %225, !dbg !16
  %n.next = select i1 %184, double %207, double %226, !dbg !16
  ; models/hh.ts:112  this.armed = 0;
  %armed.addr1 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !47
  store double %armed.next, double* %armed.addr1, align 8, !dbg !47
  %227 = fsub double %armed.next, %armed.next, !dbg !47
  %armed.bad = fcmp une double %227, 0.000000e+00, !dbg !47
  %228 = zext i1 %armed.bad to i32, !dbg !47
  %229 = or i32 0, %228, !dbg !47
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !48
  store double %53, double* %V.addr2, align 8, !dbg !48
  %230 = fsub double %53, %53, !dbg !48
  %V.bad = fcmp une double %230, 0.000000e+00, !dbg !48
  %231 = zext i1 %V.bad to i32, !dbg !48
  %232 = or i32 %229, %231, !dbg !48
  %m.addr3 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !48
  store double %m.next, double* %m.addr3, align 8, !dbg !48
  %233 = fsub double %m.next, %m.next, !dbg !48
  %m.bad = fcmp une double %233, 0.000000e+00, !dbg !48
  %234 = zext i1 %m.bad to i32, !dbg !48
  %235 = or i32 %232, %234, !dbg !48
  %h.addr4 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !48
  store double %h.next, double* %h.addr4, align 8, !dbg !48
  %236 = fsub double %h.next, %h.next, !dbg !48
  %h.bad = fcmp une double %236, 0.000000e+00, !dbg !48
  %237 = zext i1 %h.bad to i32, !dbg !48
  %238 = or i32 %235, %237, !dbg !48
  %n.addr5 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !48
  store double %n.next, double* %n.addr5, align 8, !dbg !48
  %239 = fsub double %n.next, %n.next, !dbg !48
  %n.bad = fcmp une double %239, 0.000000e+00, !dbg !48
  %240 = zext i1 %n.bad to i32, !dbg !48
  %241 = or i32 %238, %240, !dbg !48
  ; models/hh.ts:88  @current I = 0; // uA/cm2
  %I.addr6 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !49
  store double 0.000000e+00, double* %I.addr6, align 8, !dbg !49
  ; models/hh.ts:106  update(t: number, dt: number) {
  %spiked.byte = zext i1 %59 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %241, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %242 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %242, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "hh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "HodgkinHuxleyExpEuler.update", linkageName: "HodgkinHuxleyExpEuler_update", scope: !3, file: !3, line: 106, type: !5, scopeLine: 106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 106, column: 3, scope: !4)
!8 = !DILocation(line: 92, column: 46, scope: !4)
!9 = !DILocation(line: 93, column: 40, scope: !4)
!10 = !DILocation(line: 94, column: 31, scope: !4)
!11 = !DILocation(line: 109, column: 62, scope: !4)
!12 = !DILocation(line: 109, column: 70, scope: !4)
!13 = !DILocation(line: 109, column: 78, scope: !4)
!14 = !DILocation(line: 94, column: 16, scope: !4)
!15 = !DILocation(line: 96, column: 29, scope: !4)
!16 = !DILocation(line: 109, column: 40, scope: !4)
!17 = !DILocation(line: 109, column: 54, scope: !4)
!18 = !DILocation(line: 109, column: 86, scope: !4)
!19 = !DILocation(line: 92, column: 28, scope: !4)
!20 = !DILocation(line: 93, column: 26, scope: !4)
!21 = !DILocation(line: 92, column: 42, scope: !4)
!22 = !DILocation(line: 93, column: 36, scope: !4)
!23 = !DILocation(line: 111, column: 18, scope: !4)
!24 = !DILocation(line: 108, column: 20, scope: !4)
!25 = !DILocation(line: 87, column: 3, scope: !4)
!26 = !DILocation(line: 111, column: 44, scope: !4)
!27 = !DILocation(line: 112, column: 20, scope: !4)
!28 = !DILocation(line: 41, column: 27, scope: !4)
!29 = !DILocation(line: 41, column: 33, scope: !4)
!30 = !DILocation(line: 45, column: 29, scope: !4)
!31 = !DILocation(line: 45, column: 35, scope: !4)
!32 = !DILocation(line: 41, column: 23, scope: !4)
!33 = !DILocation(line: 66, column: 19, scope: !4)
!34 = !DILocation(line: 45, column: 25, scope: !4)
!35 = !DILocation(line: 49, column: 32, scope: !4)
!36 = !DILocation(line: 49, column: 38, scope: !4)
!37 = !DILocation(line: 53, column: 34, scope: !4)
!38 = !DILocation(line: 53, column: 40, scope: !4)
!39 = !DILocation(line: 49, column: 28, scope: !4)
!40 = !DILocation(line: 53, column: 30, scope: !4)
!41 = !DILocation(line: 57, column: 29, scope: !4)
!42 = !DILocation(line: 57, column: 35, scope: !4)
!43 = !DILocation(line: 61, column: 33, scope: !4)
!44 = !DILocation(line: 61, column: 39, scope: !4)
!45 = !DILocation(line: 57, column: 25, scope: !4)
!46 = !DILocation(line: 61, column: 29, scope: !4)
!47 = !DILocation(line: 112, column: 7, scope: !4)
!48 = !DILocation(line: 109, column: 5, scope: !4)
!49 = !DILocation(line: 88, column: 3, scope: !4)
; braints-hash: 36144d9c12c402d2a40458a0e9ee9e4ec361a602dbb1520052672bd0f51973ef
