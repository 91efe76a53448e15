; BrainTS kernel for neuron model TraubHH (models/cobahh.ts:11), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, m, h, n, ge, gi, t_last.
; Group-uniform parameters (params): Cm, gl, g_na, g_kd, El, EK, ENa, VT, Ee, Ei, taue, taui, V_th, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'TraubHH.cpu'
source_filename = "models/cobahh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @TraubHH_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 6, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gl.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gl = load double, double* %gl.slot, align 8, !dbg !7
  %g_na.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %g_na = load double, double* %g_na.slot, align 8, !dbg !7
  %g_kd.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %g_kd = load double, double* %g_kd.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %VT.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %VT = load double, double* %VT.slot, align 8, !dbg !7
  %Ee.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Ee = load double, double* %Ee.slot, align 8, !dbg !7
  %Ei.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %Ei = load double, double* %Ei.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 10, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 11, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 12, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 13, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  ; models/cobahh.ts:45  this.gl * (this.El - v) +
  %u0 = fneg double %gl, !dbg !8
  %u1 = fmul double %gl, %El, !dbg !9
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %u2 = fneg double %ENa, !dbg !10
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %u3 = fneg double %EK, !dbg !11
  ; models/cobahh.ts:55  -ge / this.taue,
  %u4 = fdiv double -1.000000e+00, %taue, !dbg !12
  %0 = fdiv double 0.000000e+00, %u4, !dbg !13
  %u5 = fneg double %0, !dbg !13
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %1 = fmul double %u4, %dt, !dbg !14
  %u7 = call double @llvm.exp.f64(double %1), !dbg !14
  ; models/cobahh.ts:56  -gi / this.taui,
  %u8 = fdiv double -1.000000e+00, %taui, !dbg !15
  %2 = fdiv double 0.000000e+00, %u8, !dbg !16
  %u9 = fneg double %2, !dbg !16
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %3 = fmul double %u8, %dt, !dbg !14
  %u11 = call double @llvm.exp.f64(double %3), !dbg !14
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %u12 = fmul double 1.000000e-03, %dt, !dbg !17
  ; models/cobahh.ts:61  const active = refractoryOver(t, this.t_last, this.t_ref, dt);
  %u13 = fdiv double 1.000000e+00, %dt, !dbg !18
  %4 = fadd double %t_ref, %u12, !dbg !19
  %5 = fmul double %4, %u13, !dbg !19
  %u14 = call double @llvm.trunc.f64(double %5), !dbg !19
  %6 = icmp slt i64 %begin, %end, !dbg !19
  br i1 %6, label %neuron, label %done, !dbg !19

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !19
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !19
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !20
  %ge = load double, double* %ge.addr, align 8, !dbg !20
  %7 = fneg double %ge, !dbg !20
  %8 = fadd double %u0, %7, !dbg !20
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !21
  %gi = load double, double* %gi.addr, align 8, !dbg !21
  %9 = fneg double %gi, !dbg !21
  %10 = fadd double %8, %9, !dbg !21
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !22
  %m = load double, double* %m.addr, align 8, !dbg !22
  %11 = fmul double %g_na, %m, !dbg !22
  %12 = fmul double %11, %m, !dbg !22
  %13 = fmul double %12, %m, !dbg !22
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !23
  %h = load double, double* %h.addr, align 8, !dbg !23
  %14 = fmul double %13, %h, !dbg !23
  %15 = fsub double %10, %14, !dbg !23
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !24
  %n = load double, double* %n.addr, align 8, !dbg !24
  %16 = fmul double %g_kd, %n, !dbg !24
  %17 = fmul double %16, %n, !dbg !24
  %18 = fmul double %17, %n, !dbg !24
  %19 = fmul double %18, %n, !dbg !24
  %20 = fsub double %15, %19, !dbg !24
  ; models/cobahh.ts:51  current / this.Cm,
  %21 = fdiv double %20, %Cm, !dbg !25
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %22 = fcmp oeq double %21, 0.000000e+00, !dbg !14
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !26
  %v = load double, double* %v.addr, align 8, !dbg !26
  ; models/cobahh.ts:45  this.gl * (this.El - v) +
  %23 = fsub double %El, %v, !dbg !9
  %24 = fmul double %gl, %23, !dbg !9
  ; models/cobahh.ts:46  ge * (this.Ee - v) +
  %25 = fsub double %Ee, %v, !dbg !27
  %26 = fmul double %ge, %25, !dbg !27
  %27 = fadd double %24, %26, !dbg !27
  ; models/cobahh.ts:47  gi * (this.Ei - v) -
  %28 = fsub double %Ei, %v, !dbg !28
  %29 = fmul double %gi, %28, !dbg !28
  %30 = fadd double %27, %29, !dbg !28
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %31 = fmul double %g_na, %m, !dbg !29
  %32 = fmul double %31, %m, !dbg !29
  %33 = fmul double %32, %m, !dbg !29
  %34 = fmul double %33, %h, !dbg !29
  %35 = fsub double %v, %ENa, !dbg !10
  %36 = fmul double %34, %35, !dbg !10
  %37 = fsub double %30, %36, !dbg !10
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %38 = fmul double %g_kd, %n, !dbg !30
  %39 = fmul double %38, %n, !dbg !30
  %40 = fmul double %39, %n, !dbg !30
  %41 = fmul double %40, %n, !dbg !30
  %42 = fsub double %v, %EK, !dbg !11
  %43 = fmul double %41, %42, !dbg !11
  %44 = fsub double %37, %43, !dbg !11
  %45 = fdiv double %44, %Cm, !dbg !11
  %46 = fmul double %dt, %45, !dbg !11
  %47 = fadd double %v, %46, !dbg !11
  ; models/cobahh.ts:46  ge * (this.Ee - v) +
  %48 = fmul double %ge, %Ee, !dbg !31
  %49 = fadd double %u1, %48, !dbg !31
  ; models/cobahh.ts:47  gi * (this.Ei - v) -
  %50 = fmul double %gi, %Ei, !dbg !32
  %51 = fadd double %49, %50, !dbg !32
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %52 = fmul double %g_na, %m, !dbg !29
  %53 = fmul double %52, %m, !dbg !29
  %54 = fmul double %53, %m, !dbg !29
  %55 = fmul double %54, %h, !dbg !29
  %56 = fmul double %55, %u2, !dbg !33
  %57 = fsub double %51, %56, !dbg !33
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %58 = fmul double %g_kd, %n, !dbg !30
  %59 = fmul double %58, %n, !dbg !30
  %60 = fmul double %59, %n, !dbg !30
  %61 = fmul double %60, %n, !dbg !30
  %62 = fmul double %61, %u3, !dbg !34
  %63 = fsub double %57, %62, !dbg !34
  %64 = fdiv double %63, %Cm, !dbg !34
  %65 = fdiv double %64, %21, !dbg !34
  %66 = fneg double %65, !dbg !34
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %67 = fadd double %v, %65, !dbg !14
  %68 = fmul double %21, %dt, !dbg !14
  %69 = call double @llvm.exp.f64(double %68), !dbg !14
  %70 = fmul double %67, %69, !dbg !14
  %71 = fadd double %66, %70, !dbg !14
  %v.next = select i1 %22, double %47, double %71, !dbg !14
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %72 = fsub double 1.300000e+01, %v, !dbg !35
  ; models/cobahh.ts:37  const VT = this.VT;
  %73 = fadd double %72, %VT, !dbg !36
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %74 = fdiv double %73, 4.000000e+00, !dbg !37
  %75 = call double @llvm.exp.f64(double %74), !dbg !37
  %76 = fsub double %75, 1.000000e+00, !dbg !37
  %77 = call double @llvm.log.f64(double %75), !dbg !37
  %78 = fdiv double %76, %77, !dbg !37
  %79 = fcmp oeq double %75, 1.000000e+00, !dbg !37
  %80 = select i1 %79, double 1.000000e+00, double %78, !dbg !37
  %81 = fcmp olt double %74, -3.600000e+01, !dbg !37
  %82 = fdiv double -1.000000e+00, %74, !dbg !37
  %83 = select i1 %81, double %82, double %80, !dbg !37
  %84 = fcmp oeq double %75, 0x7FF0000000000000, !dbg !37
  %85 = select i1 %84, double %75, double %83, !dbg !37
  %86 = fdiv double 1.280000e+00, %85, !dbg !37
  %87 = fneg double %86, !dbg !37
  ; models/cobahh.ts:39  const beta_m = (0.28 * 5) / exprel((v - VT - 40) / 5);
  %88 = fsub double %v, %VT, !dbg !38
  %89 = fsub double %88, 4.000000e+01, !dbg !39
  %90 = fdiv double %89, 5.000000e+00, !dbg !40
  %91 = call double @llvm.exp.f64(double %90), !dbg !40
  %92 = fsub double %91, 1.000000e+00, !dbg !40
  %93 = call double @llvm.log.f64(double %91), !dbg !40
  %94 = fdiv double %92, %93, !dbg !40
  %95 = fcmp oeq double %91, 1.000000e+00, !dbg !40
  %96 = select i1 %95, double 1.000000e+00, double %94, !dbg !40
  %97 = fcmp olt double %90, -3.600000e+01, !dbg !40
  %98 = fdiv double -1.000000e+00, %90, !dbg !40
  %99 = select i1 %97, double %98, double %96, !dbg !40
  %100 = fcmp oeq double %91, 0x7FF0000000000000, !dbg !40
  %101 = select i1 %100, double %91, double %99, !dbg !40
  %102 = fdiv double 0x3FF6666666666667, %101, !dbg !40
  %103 = fsub double %87, %102, !dbg !40
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %104 = fcmp oeq double %103, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %105 = fsub double 1.300000e+01, %v, !dbg !35
  %106 = fadd double %105, %VT, !dbg !35
  %107 = fdiv double %106, 4.000000e+00, !dbg !35
  %108 = call double @llvm.exp.f64(double %107), !dbg !35
  %109 = fsub double %108, 1.000000e+00, !dbg !35
  %110 = call double @llvm.log.f64(double %108), !dbg !35
  %111 = fdiv double %109, %110, !dbg !35
  %112 = fcmp oeq double %108, 1.000000e+00, !dbg !35
  %113 = select i1 %112, double 1.000000e+00, double %111, !dbg !35
  %114 = fcmp olt double %107, -3.600000e+01, !dbg !35
  %115 = fdiv double -1.000000e+00, %107, !dbg !35
  %116 = select i1 %114, double %115, double %113, !dbg !35
  %117 = fcmp oeq double %108, 0x7FF0000000000000, !dbg !35
  %118 = select i1 %117, double %108, double %116, !dbg !35
  %119 = fdiv double 1.280000e+00, %118, !dbg !35
  ; models/cobahh.ts:52  alpha_m * (1 - m) - beta_m * m,
  %120 = fsub double 1.000000e+00, %m, !dbg !41
  %121 = fmul double %119, %120, !dbg !41
  ; models/cobahh.ts:39  const beta_m = (0.28 * 5) / exprel((v - VT - 40) / 5);
  %122 = fsub double %v, %VT, !dbg !38
  %123 = fsub double %122, 4.000000e+01, !dbg !38
  %124 = fdiv double %123, 5.000000e+00, !dbg !38
  %125 = call double @llvm.exp.f64(double %124), !dbg !38
  %126 = fsub double %125, 1.000000e+00, !dbg !38
  %127 = call double @llvm.log.f64(double %125), !dbg !38
  %128 = fdiv double %126, %127, !dbg !38
  %129 = fcmp oeq double %125, 1.000000e+00, !dbg !38
  %130 = select i1 %129, double 1.000000e+00, double %128, !dbg !38
  %131 = fcmp olt double %124, -3.600000e+01, !dbg !38
  %132 = fdiv double -1.000000e+00, %124, !dbg !38
  %133 = select i1 %131, double %132, double %130, !dbg !38
  %134 = fcmp oeq double %125, 0x7FF0000000000000, !dbg !38
  %135 = select i1 %134, double %125, double %133, !dbg !38
  %136 = fdiv double 0x3FF6666666666667, %135, !dbg !38
  %137 = fmul double %136, %m, !dbg !38
  %138 = fsub double %121, %137, !dbg !38
  %139 = fmul double %dt, %138, !dbg !38
  %140 = fadd double %m, %139, !dbg !38
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %141 = fsub double 1.300000e+01, %v, !dbg !35
  %142 = fadd double %141, %VT, !dbg !35
  %143 = fdiv double %142, 4.000000e+00, !dbg !35
  %144 = call double @llvm.exp.f64(double %143), !dbg !35
  %145 = fsub double %144, 1.000000e+00, !dbg !35
  %146 = call double @llvm.log.f64(double %144), !dbg !35
  %147 = fdiv double %145, %146, !dbg !35
  %148 = fcmp oeq double %144, 1.000000e+00, !dbg !35
  %149 = select i1 %148, double 1.000000e+00, double %147, !dbg !35
  %150 = fcmp olt double %143, -3.600000e+01, !dbg !35
  %151 = fdiv double -1.000000e+00, %143, !dbg !35
  %152 = select i1 %150, double %151, double %149, !dbg !35
  %153 = fcmp oeq double %144, 0x7FF0000000000000, !dbg !35
  %154 = select i1 %153, double %144, double %152, !dbg !35
  %155 = fdiv double 1.280000e+00, %154, !dbg !35
  %156 = fdiv double %155, %103, !dbg !35
  %157 = fneg double %156, !dbg !35
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %158 = fadd double %m, %156, !dbg !14
  %159 = fmul double %103, %dt, !dbg !14
  %160 = call double @llvm.exp.f64(double %159), !dbg !14
  %161 = fmul double %158, %160, !dbg !14
  %162 = fadd double %157, %161, !dbg !14
  %m.next = select i1 %104, double %140, double %162, !dbg !14
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %163 = fsub double 1.700000e+01, %v, !dbg !42
  %164 = fadd double %163, %VT, !dbg !42
  %165 = fdiv double %164, 1.800000e+01, !dbg !43
  %166 = call double @llvm.exp.f64(double %165), !dbg !43
  %167 = fmul double 1.280000e-01, %166, !dbg !43
  %168 = fneg double %167, !dbg !43
  ; models/cobahh.ts:41  const beta_h = 4 / (1 + Math.exp((40 - v + VT) / 5));
  %169 = fsub double 4.000000e+01, %v, !dbg !44
  %170 = fadd double %169, %VT, !dbg !44
  %171 = fdiv double %170, 5.000000e+00, !dbg !45
  %172 = call double @llvm.exp.f64(double %171), !dbg !45
  %173 = fadd double 1.000000e+00, %172, !dbg !45
  %174 = fdiv double 4.000000e+00, %173, !dbg !45
  %175 = fsub double %168, %174, !dbg !45
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %176 = fcmp oeq double %175, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %177 = fsub double 1.700000e+01, %v, !dbg !42
  %178 = fadd double %177, %VT, !dbg !42
  %179 = fdiv double %178, 1.800000e+01, !dbg !42
  %180 = call double @llvm.exp.f64(double %179), !dbg !42
  %181 = fmul double 1.280000e-01, %180, !dbg !42
  ; models/cobahh.ts:53  alpha_h * (1 - h) - beta_h * h,
  %182 = fsub double 1.000000e+00, %h, !dbg !46
  %183 = fmul double %181, %182, !dbg !46
  ; models/cobahh.ts:41  const beta_h = 4 / (1 + Math.exp((40 - v + VT) / 5));
  %184 = fsub double 4.000000e+01, %v, !dbg !44
  %185 = fadd double %184, %VT, !dbg !44
  %186 = fdiv double %185, 5.000000e+00, !dbg !44
  %187 = call double @llvm.exp.f64(double %186), !dbg !44
  %188 = fadd double 1.000000e+00, %187, !dbg !44
  %189 = fdiv double 4.000000e+00, %188, !dbg !44
  %190 = fmul double %189, %h, !dbg !44
  %191 = fsub double %183, %190, !dbg !44
  %192 = fmul double %dt, %191, !dbg !44
  %193 = fadd double %h, %192, !dbg !44
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %194 = fsub double 1.700000e+01, %v, !dbg !42
  %195 = fadd double %194, %VT, !dbg !42
  %196 = fdiv double %195, 1.800000e+01, !dbg !42
  %197 = call double @llvm.exp.f64(double %196), !dbg !42
  %198 = fmul double 1.280000e-01, %197, !dbg !42
  %199 = fdiv double %198, %175, !dbg !42
  %200 = fneg double %199, !dbg !42
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %201 = fadd double %h, %199, !dbg !14
  %202 = fmul double %175, %dt, !dbg !14
  %203 = call double @llvm.exp.f64(double %202), !dbg !14
  %204 = fmul double %201, %203, !dbg !14
  %205 = fadd double %200, %204, !dbg !14
  %h.next = select i1 %176, double %193, double %205, !dbg !14
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %206 = fsub double 1.500000e+01, %v, !dbg !47
  %207 = fadd double %206, %VT, !dbg !47
  %208 = fdiv double %207, 5.000000e+00, !dbg !48
  %209 = call double @llvm.exp.f64(double %208), !dbg !48
  %210 = fsub double %209, 1.000000e+00, !dbg !48
  %211 = call double @llvm.log.f64(double %209), !dbg !48
  %212 = fdiv double %210, %211, !dbg !48
  %213 = fcmp oeq double %209, 1.000000e+00, !dbg !48
  %214 = select i1 %213, double 1.000000e+00, double %212, !dbg !48
  %215 = fcmp olt double %208, -3.600000e+01, !dbg !48
  %216 = fdiv double -1.000000e+00, %208, !dbg !48
  %217 = select i1 %215, double %216, double %214, !dbg !48
  %218 = fcmp oeq double %209, 0x7FF0000000000000, !dbg !48
  %219 = select i1 %218, double %209, double %217, !dbg !48
  %220 = fdiv double 1.600000e-01, %219, !dbg !48
  %221 = fneg double %220, !dbg !48
  ; models/cobahh.ts:43  const beta_n = 0.5 * Math.exp((10 - v + VT) / 40);
  %222 = fsub double 1.000000e+01, %v, !dbg !49
  %223 = fadd double %222, %VT, !dbg !49
  %224 = fdiv double %223, 4.000000e+01, !dbg !50
  %225 = call double @llvm.exp.f64(double %224), !dbg !50
  %226 = fmul double 5.000000e-01, %225, !dbg !50
  %227 = fsub double %221, %226, !dbg !50
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %228 = fcmp oeq double %227, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %229 = fsub double 1.500000e+01, %v, !dbg !47
  %230 = fadd double %229, %VT, !dbg !47
  %231 = fdiv double %230, 5.000000e+00, !dbg !47
  %232 = call double @llvm.exp.f64(double %231), !dbg !47
  %233 = fsub double %232, 1.000000e+00, !dbg !47
  %234 = call double @llvm.log.f64(double %232), !dbg !47
  %235 = fdiv double %233, %234, !dbg !47
  %236 = fcmp oeq double %232, 1.000000e+00, !dbg !47
  %237 = select i1 %236, double 1.000000e+00, double %235, !dbg !47
  %238 = fcmp olt double %231, -3.600000e+01, !dbg !47
  %239 = fdiv double -1.000000e+00, %231, !dbg !47
  %240 = select i1 %238, double %239, double %237, !dbg !47
  %241 = fcmp oeq double %232, 0x7FF0000000000000, !dbg !47
  %242 = select i1 %241, double %232, double %240, !dbg !47
  %243 = fdiv double 1.600000e-01, %242, !dbg !47
  ; models/cobahh.ts:54  alpha_n * (1 - n) - beta_n * n,
  %244 = fsub double 1.000000e+00, %n, !dbg !51
  %245 = fmul double %243, %244, !dbg !51
  ; models/cobahh.ts:43  const beta_n = 0.5 * Math.exp((10 - v + VT) / 40);
  %246 = fsub double 1.000000e+01, %v, !dbg !49
  %247 = fadd double %246, %VT, !dbg !49
  %248 = fdiv double %247, 4.000000e+01, !dbg !49
  %249 = call double @llvm.exp.f64(double %248), !dbg !49
  %250 = fmul double 5.000000e-01, %249, !dbg !49
  %251 = fmul double %250, %n, !dbg !49
  %252 = fsub double %245, %251, !dbg !49
  %253 = fmul double %dt, %252, !dbg !49
  %254 = fadd double %n, %253, !dbg !49
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %255 = fsub double 1.500000e+01, %v, !dbg !47
  %256 = fadd double %255, %VT, !dbg !47
  %257 = fdiv double %256, 5.000000e+00, !dbg !47
  %258 = call double @llvm.exp.f64(double %257), !dbg !47
  %259 = fsub double %258, 1.000000e+00, !dbg !47
  %260 = call double @llvm.log.f64(double %258), !dbg !47
  %261 = fdiv double %259, %260, !dbg !47
  %262 = fcmp oeq double %258, 1.000000e+00, !dbg !47
  %263 = select i1 %262, double 1.000000e+00, double %261, !dbg !47
  %264 = fcmp olt double %257, -3.600000e+01, !dbg !47
  %265 = fdiv double -1.000000e+00, %257, !dbg !47
  %266 = select i1 %264, double %265, double %263, !dbg !47
  %267 = fcmp oeq double %258, 0x7FF0000000000000, !dbg !47
  %268 = select i1 %267, double %258, double %266, !dbg !47
  %269 = fdiv double 1.600000e-01, %268, !dbg !47
  %270 = fdiv double %269, %227, !dbg !47
  %271 = fneg double %270, !dbg !47
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %272 = fadd double %n, %270, !dbg !14
  %273 = fmul double %227, %dt, !dbg !14
  %274 = call double @llvm.exp.f64(double %273), !dbg !14
  %275 = fmul double %272, %274, !dbg !14
  %276 = fadd double %271, %275, !dbg !14
  %n.next = select i1 %228, double %254, double %276, !dbg !14
  %277 = fcmp oeq double %u4, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:55  -ge / this.taue,
  %278 = fneg double %ge, !dbg !13
  %279 = fdiv double %278, %taue, !dbg !12
  %280 = fmul double %dt, %279, !dbg !12
  %281 = fadd double %ge, %280, !dbg !12
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %282 = fadd double %ge, %0, !dbg !14
  %283 = fmul double %282, %u7, !dbg !14
  %284 = fadd double %u5, %283, !dbg !14
  %ge.next = select i1 %277, double %281, double %284, !dbg !14
  %285 = fcmp oeq double %u8, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:56  -gi / this.taui,
  %286 = fneg double %gi, !dbg !16
  %287 = fdiv double %286, %taui, !dbg !15
  %288 = fmul double %dt, %287, !dbg !15
  %289 = fadd double %gi, %288, !dbg !15
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %290 = fadd double %gi, %2, !dbg !14
  %291 = fmul double %290, %u11, !dbg !14
  %292 = fadd double %u9, %291, !dbg !14
  %gi.next = select i1 %285, double %289, double %292, !dbg !14
  ; models/cobahh.ts:61  const active = refractoryOver(t, this.t_last, this.t_ref, dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !52
  %t_last = load double, double* %t_last.addr, align 8, !dbg !52
  %293 = fsub double %t, %t_last, !dbg !52
  %294 = fadd double %293, %u12, !dbg !18
  %295 = fmul double %294, %u13, !dbg !18
  %296 = call double @llvm.trunc.f64(double %295), !dbg !18
  %297 = fcmp oge double %296, %u14, !dbg !18
  ; models/cobahh.ts:63  if (active && this.v > this.V_th) {
  %298 = fcmp ogt double %v.next, %V_th, !dbg !53
  %299 = and i1 %297, %298, !dbg !53
  ; models/cobahh.ts:33  @state t_last = -1e9; // ms
  %t_last.next = select i1 %299, double %t, double %t_last, !dbg !54
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !55
  store double %v.next, double* %v.addr1, align 8, !dbg !55
  %300 = fsub double %v.next, %v.next, !dbg !55
  %301 = bitcast double %300 to i64, !dbg !55
  %v.bad = or i64 0, %301, !dbg !55
  %m.addr2 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !55
  store double %m.next, double* %m.addr2, align 8, !dbg !55
  %302 = fsub double %m.next, %m.next, !dbg !55
  %303 = bitcast double %302 to i64, !dbg !55
  %m.bad = or i64 %v.bad, %303, !dbg !55
  %h.addr3 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !55
  store double %h.next, double* %h.addr3, align 8, !dbg !55
  %304 = fsub double %h.next, %h.next, !dbg !55
  %305 = bitcast double %304 to i64, !dbg !55
  %h.bad = or i64 %m.bad, %305, !dbg !55
  %n.addr4 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !55
  store double %n.next, double* %n.addr4, align 8, !dbg !55
  %306 = fsub double %n.next, %n.next, !dbg !55
  %307 = bitcast double %306 to i64, !dbg !55
  %n.bad = or i64 %h.bad, %307, !dbg !55
  %ge.addr5 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !55
  store double %ge.next, double* %ge.addr5, align 8, !dbg !55
  %308 = fsub double %ge.next, %ge.next, !dbg !55
  %309 = bitcast double %308 to i64, !dbg !55
  %ge.bad = or i64 %n.bad, %309, !dbg !55
  %gi.addr6 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !55
  store double %gi.next, double* %gi.addr6, align 8, !dbg !55
  %310 = fsub double %gi.next, %gi.next, !dbg !55
  %311 = bitcast double %310 to i64, !dbg !55
  %gi.bad = or i64 %ge.bad, %311, !dbg !55
  ; models/cobahh.ts:64  this.t_last = t;
  br i1 %299, label %t_last.store, label %t_last.stored, !dbg !56

done:                                             ; preds = %t_last.stored, %entry
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %312 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %312 to i32, !dbg !7
  ret i32 %result, !dbg !7

t_last.store:                                     ; preds = %neuron
  ; models/cobahh.ts:64  this.t_last = t;
  %t_last.addr7 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !56
  store double %t_last.next, double* %t_last.addr7, align 8, !dbg !56
  br label %t_last.stored, !dbg !56

t_last.stored:                                    ; preds = %t_last.store, %neuron
  %313 = fsub double %t_last.next, %t_last.next, !dbg !56
  %314 = bitcast double %313 to i64, !dbg !56
  %t_last.bad = or i64 %gi.bad, %314, !dbg !56
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %spiked.byte = zext i1 %299 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %315 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %315, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "cobahh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "TraubHH.update", linkageName: "TraubHH_update", scope: !3, file: !3, line: 60, type: !5, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 60, column: 3, scope: !4)
!8 = !DILocation(line: 45, column: 7, scope: !4)
!9 = !DILocation(line: 45, column: 18, scope: !4)
!10 = !DILocation(line: 48, column: 40, scope: !4)
!11 = !DILocation(line: 49, column: 40, scope: !4)
!12 = !DILocation(line: 55, column: 13, scope: !4)
!13 = !DILocation(line: 55, column: 7, scope: !4)
!14 = !DILocation(line: 62, column: 58, scope: !4)
!15 = !DILocation(line: 56, column: 13, scope: !4)
!16 = !DILocation(line: 56, column: 7, scope: !4)
!17 = !DILocation(line: 60, column: 21, scope: !4)
!18 = !DILocation(line: 61, column: 20, scope: !4)
!19 = !DILocation(line: 61, column: 51, scope: !4)
!20 = !DILocation(line: 62, column: 113, scope: !4)
!21 = !DILocation(line: 62, column: 122, scope: !4)
!22 = !DILocation(line: 62, column: 89, scope: !4)
!23 = !DILocation(line: 62, column: 97, scope: !4)
!24 = !DILocation(line: 62, column: 105, scope: !4)
!25 = !DILocation(line: 51, column: 17, scope: !4)
!26 = !DILocation(line: 62, column: 81, scope: !4)
!27 = !DILocation(line: 46, column: 13, scope: !4)
!28 = !DILocation(line: 47, column: 13, scope: !4)
!29 = !DILocation(line: 48, column: 7, scope: !4)
!30 = !DILocation(line: 49, column: 7, scope: !4)
!31 = !DILocation(line: 46, column: 7, scope: !4)
!32 = !DILocation(line: 47, column: 7, scope: !4)
!33 = !DILocation(line: 48, column: 36, scope: !4)
!34 = !DILocation(line: 49, column: 36, scope: !4)
!35 = !DILocation(line: 38, column: 42, scope: !4)
!36 = !DILocation(line: 37, column: 16, scope: !4)
!37 = !DILocation(line: 38, column: 57, scope: !4)
!38 = !DILocation(line: 39, column: 41, scope: !4)
!39 = !DILocation(line: 39, column: 50, scope: !4)
!40 = !DILocation(line: 39, column: 56, scope: !4)
!41 = !DILocation(line: 52, column: 18, scope: !4)
!42 = !DILocation(line: 40, column: 39, scope: !4)
!43 = !DILocation(line: 40, column: 54, scope: !4)
!44 = !DILocation(line: 41, column: 39, scope: !4)
!45 = !DILocation(line: 41, column: 54, scope: !4)
!46 = !DILocation(line: 53, column: 18, scope: !4)
!47 = !DILocation(line: 42, column: 43, scope: !4)
!48 = !DILocation(line: 42, column: 58, scope: !4)
!49 = !DILocation(line: 43, column: 36, scope: !4)
!50 = !DILocation(line: 43, column: 51, scope: !4)
!51 = !DILocation(line: 54, column: 18, scope: !4)
!52 = !DILocation(line: 61, column: 38, scope: !4)
!53 = !DILocation(line: 63, column: 28, scope: !4)
!54 = !DILocation(line: 33, column: 3, scope: !4)
!55 = !DILocation(line: 62, column: 5, scope: !4)
!56 = !DILocation(line: 64, column: 7, scope: !4)
; braints-hash: 554de2e52316e98e77542a47b429531f751e0c0ff31a171ff44eb31334d499d6
